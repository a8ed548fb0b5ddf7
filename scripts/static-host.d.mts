/** True when `pathname` names an asset rather than a page; see static-host.mjs. */
export function isAssetPath(pathname: string): boolean
/** The page file for `pathname` in `folder` with its status (404.html → 404); see static-host.mjs. */
export function resolvePage(folder: string, pathname: string): { file: string; status: number } | undefined
