/**
 * The names and aliases several entities claim: a normalised form that more than one entity claims must have
 * `context` on every claim except at most one `default: true` (short names of persons are exempt); an entity that
 * repeats one of its own forms, and a default no other entity contests, are warnings.
 */
import { normalize } from '../../lib/normalize';
import type { AliasSpec, CaseRule, Entity } from '../schema';
import type { KbError, Located, Problems } from './problems';

/** One entity's claim on a normalised key, by its name or an alias. */
interface Claim {
  at: Located<Entity>;
  by: 'name' | 'alias';
  form: string;
  context: boolean;
  default: boolean;
}

export function checkAliases(entities: readonly Located<Entity>[], problems: Problems): void {
  const claimsByKey = new Map<string, Claim[]>();
  for (const at of entities) {
    for (const claim of claimsOf(at, problems)) {
      const key = normalize(claim.form);
      claimsByKey.set(key, [...(claimsByKey.get(key) ?? []), claim]);
    }
  }
  for (const [key, claims] of claimsByKey) checkClaims(key, claims, problems);
}

/** The claims of several entities on one key: context on all but one default. */
function checkClaims(key: string, claims: readonly Claim[], problems: Problems): void {
  const claimants = new Set(claims.map((c) => c.at.item.id));
  const defaults = claims.filter((c) => c.default);
  const report = (list: KbError[], c: Claim, message: string) =>
    list.push({ file: c.at.file, entry: c.at.entry, message: `${c.by} "${c.form}": ${message}` });
  if (claimants.size < 2) {
    for (const c of defaults) report(problems.warnings, c, `default is set, but no other entity claims "${key}"`);
    return;
  }
  for (const c of claims) {
    const others = claims.filter((o) => o.at.item.id !== c.at.item.id);
    const shared = `"${key}" is also claimed by ${others.map(describeClaim).join(', ')}`;
    if (c.default && c !== defaults[0]) report(problems.errors, c, `${shared}, and only one claim may be the default`);
    else if (!c.context && !c.default) {
      const fix =
        c.by === 'name'
          ? 'a name cannot take a context: give a more specific name, and claim the shared form as an alias'
          : 'give it a context, or make it the one default claim';
      report(problems.errors, c, `${shared}; ${fix}`);
    }
  }
}

/** The entity's name and aliases as claims; warns about an alias that repeats a form the entity already has. */
function claimsOf(at: Located<Entity>, problems: Problems): Claim[] {
  const { name, aliases = [] } = at.item;
  const claims: Claim[] = [{ at, by: 'name', form: name, context: false, default: false }];
  const forms = new Map([[matchSignature(name, 'title'), name]]);
  for (const alias of aliases) {
    const spec: AliasSpec = typeof alias === 'string' ? { text: alias } : alias;
    const context = spec.context !== undefined;
    claims.push({ at, by: 'alias', form: spec.text, context, default: spec.default === true });
    const signature = matchSignature(spec.text, spec.case ?? 'title');
    const repeated = forms.get(signature);
    if (repeated === undefined) forms.set(signature, spec.text);
    else problems.warning(at, `alias "${spec.text}" repeats "${repeated}" (same normalised form and case rule)`);
  }
  return claims;
}

function describeClaim(c: Claim): string {
  return `${c.at.item.id} (${c.by} "${c.form}")`;
}

/** What a form matches under its case rule: two forms with the same signature match exactly the same text. */
function matchSignature(form: string, rule: CaseRule): string {
  if (rule === 'exact') return `exact:${form}`;
  if (rule === 'title' && /^\p{Lu}/u.test(form)) return `title:${normalize(form)}`;
  return `any:${normalize(form)}`;
}
