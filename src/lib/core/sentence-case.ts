/** "application-performance" → "Application performance": ids and folder names as words readers see. */
export function sentenceCase(value: string): string {
  const words = value.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
