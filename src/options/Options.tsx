/**
 * The options page: the global switch and the badge, the categories, how highlights look and when cards open, the
 * sites (built in, added by the reader, turned off), and reset to defaults. Every change goes through the
 * settings store, and every open tab follows it at once.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { HOVER_DELAY_RANGE, type HighlightStyle, type Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged, resetSettings, updateSettings } from '../shared/settings-store';
import { CategorySwitches } from '../ui/CategorySwitches';
import { Switch } from '../ui/Switch';
import { SitesSection } from './SitesSection';

const STYLES: HighlightStyle[] = ['underline', 'background'];

export function Options({ welcome }: { welcome: boolean }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  const change = (f: (s: Settings) => Settings): void => void updateSettings(f);

  return (
    <main class="options" aria-busy={settings === null}>
      {welcome && (
        <section class="welcome" aria-labelledby="welcome-title">
          <h1 id="welcome-title">{t('welcomeTitle')}</h1>
          <p>{t('welcomeText')}</p>
        </section>
      )}
      <h1>{t('optionsTitle')}</h1>
      {settings && (
        <>
          <GeneralSection settings={settings} change={change} />
          <CategorySwitches settings={settings} change={change} class="group" />
          <AppearanceSection settings={settings} change={change} />
          <SitesSection settings={settings} announce={setAnnouncement} />
          <KeyboardSection />
          <ResetSection announce={setAnnouncement} />
        </>
      )}
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <p class="note">{t('offlineNote')}</p>
    </main>
  );
}

interface SectionProps {
  settings: Settings;
  change: (f: (s: Settings) => Settings) => void;
}

/** The global switch and the badge. */
function GeneralSection({ settings, change }: SectionProps) {
  return (
    <section aria-labelledby="general">
      <h2 id="general">{t('controlsHeading')}</h2>
      <Switch
        id="global-switch"
        label={t('globalSwitch')}
        checked={settings.enabled}
        onChange={(on) => change((s) => ({ ...s, enabled: on }))}
      />
      <Switch
        id="badge-switch"
        label={t('badgeSwitch')}
        checked={settings.badge}
        onChange={(on) => change((s) => ({ ...s, badge: on }))}
      />
    </section>
  );
}

/** How highlights look, and how long a hover waits before its card opens. */
function AppearanceSection({ settings, change }: SectionProps) {
  return (
    <section aria-labelledby="appearance">
      <h2 id="appearance">{t('appearanceHeading')}</h2>
      <fieldset class="group">
        <legend>{t('highlightStyle')}</legend>
        {STYLES.map((style) => (
          <label key={style} class="radio">
            <input
              type="radio"
              name="highlight-style"
              value={style}
              checked={settings.highlightStyle === style}
              onChange={() => change((s) => ({ ...s, highlightStyle: style }))}
            />
            {t(`highlightStyle_${style}`)}
          </label>
        ))}
      </fieldset>
      <label class="range" for="hover-delay">
        {t('hoverDelay')}
      </label>
      <div class="range-row">
        <input
          id="hover-delay"
          type="range"
          min={HOVER_DELAY_RANGE.min}
          max={HOVER_DELAY_RANGE.max}
          step={50}
          value={settings.hoverDelay}
          aria-valuetext={t('milliseconds', String(settings.hoverDelay))}
          onChange={(e) => {
            const hoverDelay = Number(e.currentTarget.value);
            change((s) => ({ ...s, hoverDelay }));
          }}
        />
        <output for="hover-delay">{t('milliseconds', String(settings.hoverDelay))}</output>
      </div>
    </section>
  );
}

function KeyboardSection() {
  return (
    <section aria-labelledby="keyboard">
      <h2 id="keyboard">{t('keyboardHelpTitle')}</h2>
      <p>{t('keyboardHelp')}</p>
    </section>
  );
}

/** Reset to defaults, announced once done. */
function ResetSection({ announce }: { announce: (message: string) => void }) {
  return (
    <section aria-labelledby="reset">
      <h2 id="reset">{t('resetHeading')}</h2>
      <p class="note">{t('resetText')}</p>
      <button
        type="button"
        id="reset-settings"
        onClick={() => void resetSettings().then(() => announce(t('resetDone')))}
      >
        {t('resetButton')}
      </button>
    </section>
  );
}
