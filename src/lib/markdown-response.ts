/** A Markdown document as an endpoint's response (static hosts take the type from the extension). */
export const markdownResponse = (markdown: string) =>
  new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
