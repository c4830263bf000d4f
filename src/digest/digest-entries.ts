// A digest entry is a story as src/corpus/story-source.ts describes it; the names stay for the digest's readers.
export { compareNewestFirst, describeStory as entryFromGroup } from '../corpus/story-source.js';
