/**
 * Saving what a widget shows: a chart as PNG, data as a text file. The browser downloads through
 * a link with `download`, made for the click and removed after it.
 */

function saveAs(href: string, filename: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * A canvas as a PNG on the page's background colour (a chart's own canvas is transparent, and its
 * text is drawn for the theme's background, so the picture reads the same outside the page).
 */
export function downloadCanvas(canvas: HTMLCanvasElement, background: string, filename: string): void {
  const picture = document.createElement('canvas');
  picture.width = canvas.width;
  picture.height = canvas.height;
  const ctx = picture.getContext('2d');
  if (!ctx) return;
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, picture.width, picture.height);
  ctx.drawImage(canvas, 0, 0);
  saveAs(picture.toDataURL('image/png'), filename);
}

/** Text (CSV, JSON) as a file. */
export function downloadText(text: string, type: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  saveAs(url, filename);
  // The download has its own copy once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
