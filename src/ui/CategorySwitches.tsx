/** One switch per highlight category, as the fact panel and the settings page both show them. */
import { CATEGORIES } from '../shared/categories';
import { t } from '../shared/i18n';
import type { Settings } from '../shared/settings';
import { categoryKey } from './labels';
import { Switch } from './Switch';

export function CategorySwitches({
  settings,
  change,
  class: className,
}: {
  settings: Settings;
  change: (update: (s: Settings) => Settings) => void;
  class: string;
}) {
  return (
    <fieldset class={className}>
      <legend>{t('categoriesHeading')}</legend>
      {CATEGORIES.map((c) => (
        <Switch
          key={c}
          id={`category-${c}`}
          label={t(categoryKey(c))}
          checked={settings.categories[c]}
          onChange={(on) => change((s) => ({ ...s, categories: { ...s.categories, [c]: on } }))}
        />
      ))}
    </fieldset>
  );
}
