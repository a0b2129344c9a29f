/** The editor's collection name for a content folder (`pages/le-ti-lab` → `pages-le-ti-lab`): Decap edits one folder per collection. */
export const cmsCollectionName = (folder: string) => folder.replace(/\//g, '-');
