/** `_locales` messages as the i18n API gives them: named placeholders resolved, then $1…$9 substituted. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export function translator(lang: 'en' | 'fr'): (key: string, subs?: string | string[]) => string {
  const file = join(import.meta.dirname, '../../../public/_locales', lang, 'messages.json');
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Message>;
  return (key, subs) => {
    const entry = messages[key];
    if (!entry) return key;
    const values = subs === undefined ? [] : [subs].flat();
    const named = entry.message.replace(
      /\$(\w+)\$/g,
      (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '',
    );
    return named.replace(/\$(\d)/g, (_, i: string) => values[Number(i) - 1] ?? '');
  };
}
