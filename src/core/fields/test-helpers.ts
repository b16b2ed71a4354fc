// Builds a Structure from a few lines of notice text, for the field rules' own tests.
import { blocksFromText } from '../input/text';
import { buildStructure, type Structure } from '../sections';

export const structureOf = (text: string): Structure => buildStructure(blocksFromText(text));
