/**
 * Container image references (`[host/]repository[:tag][@digest]`), read the same way by the image-tag rule and the hover.
 */

export interface ImageReference {
  registry: 'ecr' | 'ecr-public' | 'dockerhub' | 'other';
  host?: string;
  account?: string;
  region?: string;
  repository: string;
  tag?: string;
  digest?: string;
}

/** Reads an image reference: registry host, repository, tag and digest. */
export function parseImageReference(image: string): ImageReference {
  const at = image.indexOf('@');
  const digest = at >= 0 ? image.slice(at + 1) : undefined;
  let rest = at >= 0 ? image.slice(0, at) : image;
  let host: string | undefined;
  const slash = rest.indexOf('/');
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      host = first;
      rest = rest.slice(slash + 1);
    }
  }
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.indexOf(':', lastSlash + 1);
  const repository = colon >= 0 ? rest.slice(0, colon) : rest;
  const tag = colon >= 0 ? rest.slice(colon + 1) : undefined;
  const ecr = host ? /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/.exec(host) : null;
  if (ecr) return { registry: 'ecr', host, account: ecr[1], region: ecr[2], repository, tag, digest };
  if (host === 'public.ecr.aws') return { registry: 'ecr-public', host, repository, tag, digest };
  if (!host || host === 'docker.io' || host === 'index.docker.io' || host === 'registry-1.docker.io') {
    return { registry: 'dockerhub', host, repository: repository.includes('/') ? repository : `library/${repository}`, tag, digest };
  }
  return { registry: 'other', host, repository, tag, digest };
}
