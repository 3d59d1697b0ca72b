namespace Syndication.Storage;

/// <summary>What the store does with a new story whose body is a near duplicate of an earlier one.</summary>
public enum NearDuplicateAction
{
    /// <summary>Store it, linked to the first story ("duplicate of"), and do not publish it again.</summary>
    Link,

    /// <summary>Count it and store nothing.</summary>
    Drop,

    /// <summary>Store and publish it as a story of its own, still linked to the first.</summary>
    Publish,
}
