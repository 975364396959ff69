/** Saves text as a file through the browser's download (no server involved). */
export function downloadText(text: string, type: string, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  // The download has started by the next task; the URL is released a little later to be safe.
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
