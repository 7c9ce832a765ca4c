import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged, updateSettings } from '../shared/settings-store';

export function Options({ welcome }: { welcome: boolean }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);

  return (
    <main class="options">
      {welcome && (
        <section class="welcome" aria-labelledby="welcome-title">
          <h1 id="welcome-title">{t('welcomeTitle')}</h1>
          <p>{t('welcomeText')}</p>
        </section>
      )}
      <h1>{t('optionsTitle')}</h1>
      {settings && (
        <label class="switch">
          <input
            type="checkbox"
            checked={settings.enabled}
            onChange={(e) => void updateSettings((s) => ({ ...s, enabled: e.currentTarget.checked }))}
          />
          {t('extName')}
        </label>
      )}
      <p class="note">{t('offlineNote')}</p>
    </main>
  );
}
