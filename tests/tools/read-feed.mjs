// Prints what @extractus/feed-extractor reads from a feed file (RSS, Atom or JSON Feed), as JSON.
import { readFileSync } from 'node:fs';
import { extractFromJson, extractFromXml } from '@extractus/feed-extractor';
const text = readFileSync(process.argv[2], 'utf8');
const options = { normalization: true, descriptionMaxLen: 0, useISODateFormat: true, getExtraEntryFields: e => ({ raw: e }) };
const feed = text.trimStart().startsWith('{') ? extractFromJson(JSON.parse(text), options) : extractFromXml(text, options);
process.stdout.write(JSON.stringify(feed));
