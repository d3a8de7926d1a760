import 'server-only';
import { listComuni, listProvinces } from '@/lib/server/data/comuni';

/** The province whose comuni the form lists: the one asked for, else the unit's, else Trento. */
export async function comuniFor(asked: string | undefined, fallback = 'TN') {
  const provinces = await listProvinces();
  const wanted = asked?.toUpperCase();
  const province = wanted && provinces.includes(wanted) ? wanted : fallback;
  const comuni = (await listComuni(province)).map((c) => ({ value: c.code, label: c.name }));
  return { provinces, province, comuni };
}
