/**
 * Pagefind's excerpts are HTML with <mark> around matched words. Keep only the marks, so no
 * other markup (or anything hostile in a page) can reach the results list.
 */
export function safeExcerpt(html: string): string {
  const marked = html.replace(/<mark>/g, '\uE000').replace(/<\/mark>/g, '\uE001');
  const text = marked
    .replace(/<[^>]*>/g, '')
    .replace(/&(?!(?:amp|lt|gt|quot|#39|#x27);)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
  return text.replace(/\uE000/g, '<mark>').replace(/\uE001/g, '</mark>');
}
