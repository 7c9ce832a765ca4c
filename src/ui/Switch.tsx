/** A labelled on/off switch: a native checkbox with the switch role, so it is keyboard- and screen-reader-ready. */
import './switch.css';

export function Switch({
  label,
  checked,
  onChange,
  disabled = false,
  hint,
  id,
}: {
  label: string;
  checked: boolean;
  onChange: (on: boolean) => void;
  disabled?: boolean;
  hint?: string;
  id?: string;
}) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        id={id}
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <span class="switch-track" aria-hidden="true" />
      <span class="switch-label">
        {label}
        {hint && <span class="switch-hint">{hint}</span>}
      </span>
    </label>
  );
}
