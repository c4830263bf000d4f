export { extractPeople } from './extract-people.js';
export { linkPeople } from './link-people.js';
