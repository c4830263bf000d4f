export { extractPeople } from './extract-people.js';
export { linkPeople } from './link-people.js';
export { updatePeopleDirectory, updatePeopleDirectoryInSteps, type PeopleChange } from './update-people-directory.js';
export { indexPeopleDirectoryInSteps } from './directory-index.js';
