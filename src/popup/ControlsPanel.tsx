/** The panel's settings: the global switch, the categories, the badge, and the way to the full settings page. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import type { Settings } from '../shared/settings';
import { updateSettings } from '../shared/settings-store';
import { CategorySwitches } from '../ui/CategorySwitches';
import { Switch } from '../ui/Switch';

export function ControlsPanel({ settings }: { settings: Settings }) {
  const shortcut = useToggleShortcut();
  return (
    <>
      <section aria-labelledby="general-heading">
        <h2 id="general-heading">{t('controlsHeading')}</h2>
        <Switch
          id="global-switch"
          label={t('globalSwitch')}
          checked={settings.enabled}
          onChange={(on) => void updateSettings((s) => ({ ...s, enabled: on }))}
        />
        <Switch
          id="badge-switch"
          label={t('badgeSwitch')}
          checked={settings.badge}
          onChange={(on) => void updateSettings((s) => ({ ...s, badge: on }))}
        />
        {shortcut && <p class="muted">{t('shortcutNote', shortcut)}</p>}
      </section>
      <CategorySwitches settings={settings} change={(f) => void updateSettings(f)} class="categories" />
      <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('openOptions')}
      </button>
    </>
  );
}

/** The keyboard shortcut the reader set (or kept) for toggling the site, if any. */
function useToggleShortcut(): string | null {
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    // Firefox for Android has no keyboard commands.
    const commands = browser.commands as typeof browser.commands | undefined;
    void commands
      ?.getAll()
      .then((commands) => setShortcut(commands.find((c) => c.name === 'toggle-site')?.shortcut || null))
      .catch(() => undefined);
  }, []);
  return shortcut;
}
