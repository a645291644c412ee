/**
 * The guide a new learner follows until they pick another in the catalogue (/guides). Its own
 * file (no I/O), so pure code such as the editor's links can name it too.
 */
export const DEFAULT_GUIDE_SLUG = "ml-infrastructure";
