/** What tests build payloads from: the world, users, the guild and interactions, in one import. */
export { createUser, createWorld, permissions, userPayload, type FakeUser, type FakeWorld } from './world.js';
export { guildPayload } from './guild-payload.js';
export {
  attachmentCommandPayload,
  autocompletePayload,
  buttonPayload,
  commandPayload,
  messageCommandPayload,
  toOptions,
  type CommandOption,
  type FakeAttachment,
} from './interaction-payloads.js';
