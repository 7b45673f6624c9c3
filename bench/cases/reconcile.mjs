// reconcile: Claim[] → Field[] over the corpus' claims (parse and extract untimed).
import { priorOf, reconcileClaims } from '@dealbrief/reconcile';
import { collectSources, loadProfile, readSourceRegistry } from 'dealbrief';
import { readArgs, report, timed } from './common.mjs';

const { dir } = readArgs();
const profile = await loadProfile();
const registry = await readSourceRegistry(dir);
const collected = await collectSources(dir, registry.entries, profile);
const sources = collected.sources.map((s) => (s.status === 'ok' ? { ...s, weight: priorOf(s) } : s));
const { wallMs, value } = await timed(() => reconcileClaims({ claims: collected.claims, profile, sources }));
report({ wallMs, rows: collected.claims.length, fields: value.fields.length, groups: value.groups.length });
