// The wording of every UserError and import-problem code the server sends, one file per language.
import { en } from './userErrorMessages.en';
import { id } from './userErrorMessages.id';

export const userErrorMessages = { id, en };
