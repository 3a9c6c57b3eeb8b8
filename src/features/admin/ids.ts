export const OUTFIELD_COMMAND = '/outfield';
