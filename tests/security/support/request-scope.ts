// next-auth's route handler is CommonJS and `require`s next/headers when called, which only works
// inside a Next request. Vitest's module mocks do not reach a `require` from node_modules, so this
// puts a stand-in for next/headers into Node's require cache, answering from the Request the test
// is sending (its Cookie and other headers) while `withRequest()` runs. Used by the authorisation
// matrix to call next-auth's real handler in-process.
import { createRequire } from 'node:module';

let current: Request | null = null;

function parseCookies(header: string | null): Array<{ name: string; value: string }> {
  if (!header) return [];
  return header
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const eq = part.indexOf('=');
      return { name: eq < 0 ? part : part.slice(0, eq), value: eq < 0 ? '' : decodeURIComponent(part.slice(eq + 1)) };
    });
}

const stand_in = {
  cookies: async () => {
    const all = parseCookies(current?.headers.get('cookie') ?? null);
    return {
      get: (name: string) => all.find((c) => c.name === name),
      getAll: () => all,
      has: (name: string) => all.some((c) => c.name === name),
      set: () => undefined,
      delete: () => undefined,
    };
  },
  headers: async () => new Headers(current?.headers ?? {}),
  draftMode: async () => ({ isEnabled: false, enable: () => undefined, disable: () => undefined }),
};

const requireHere = createRequire(import.meta.url);
const fromNextAuth = createRequire(requireHere.resolve('next-auth/next'));
const headersPath = fromNextAuth.resolve('next/headers');
requireHere.cache[headersPath] = { id: headersPath, filename: headersPath, loaded: true, exports: stand_in } as unknown as NodeJS.Module;

export async function withRequest<T>(request: Request, fn: () => Promise<T>): Promise<T> {
  current = request;
  try {
    return await fn();
  } finally {
    current = null;
  }
}
