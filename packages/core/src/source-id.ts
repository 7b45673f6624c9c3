/**
 * A source's short id from its file name: the leading token before "_" or "-" when it is made of
 * digits ("000_69938086f725314d.txt" → "000"), else the file name without its extension.
 */
export function sourceIdFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const token = /^(\d+)[_-]/.exec(base);
  if (token) return token[1]!;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}
