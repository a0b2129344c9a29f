/** Port of the editor's local server (decap-server) started by `npm run editeur`; `astro dev` forwards /api/v1 to it. */
export const localEditorPort = Number(process.env.TILAB_EDITOR_PORT ?? 8081);
