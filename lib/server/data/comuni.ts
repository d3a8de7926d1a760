import 'server-only';
import { belfioreConnector } from '@marketto/belfiore-connector-embedded';

// Italian municipalities in force today, from the ANPR list of the Ministero dell'Interno as
// packaged by @marketto/belfiore-connector-embedded (CC BY 4.0; updated with the package, works
// offline). Loaded once per process (≈ 0.5 s, 7,900 rows) and kept in memory.

export type Comune = { code: string; name: string; provinceCode: string };

let loading: Promise<{ byCode: Map<string, Comune>; byProvince: Map<string, Comune[]> }> | null = null;

function load() {
  loading ??= (async () => {
    const places = (await belfioreConnector.active().cities?.toArray()) ?? [];
    const byCode = new Map<string, Comune>();
    const byProvince = new Map<string, Comune[]>();
    for (const place of places) {
      const province = (place as { province?: string }).province;
      if (!province) continue;
      const comune = { code: place.belfioreCode, name: place.name, provinceCode: province };
      byCode.set(comune.code, comune);
      const list = byProvince.get(province) ?? [];
      list.push(comune);
      byProvince.set(province, list);
    }
    for (const list of byProvince.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'it'));
    return { byCode, byProvince };
  })();
  return loading;
}

/** Province siglas with at least one municipality in force, alphabetical. */
export async function listProvinces(): Promise<string[]> {
  const { byProvince } = await load();
  return [...byProvince.keys()].sort();
}

export async function listComuni(provinceCode: string): Promise<Comune[]> {
  const { byProvince } = await load();
  return byProvince.get(provinceCode.toUpperCase()) ?? [];
}

/** The municipality with this Belfiore code, if it is in force and (when given) in that province. */
export async function findComune(code: string, provinceCode?: string): Promise<Comune | null> {
  const { byCode } = await load();
  const comune = byCode.get(code.toUpperCase()) ?? null;
  if (comune && provinceCode && comune.provinceCode !== provinceCode.toUpperCase()) return null;
  return comune;
}
