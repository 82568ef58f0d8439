/**
 * Container image references (`[host/]repository[:tag][@digest]`), read the same way by the image-tag rule and the hover.
 */

export interface ImageReference {
  registry: 'ecr' | 'ecr-public' | 'dockerhub' | 'other';
  host?: string;
  /** The 12-digit account of an ECR host; absent when it is templated. */
  account?: string;
  region?: string;
  repository: string;
  tag?: string;
  digest?: string;
}

/**
 * A private ECR registry host: `<account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn]`, optionally with a port. The
 * account may be templated (`${AWS_ACCOUNT_ID}.dkr.ecr...`): it is still ECR, pulled with the execution role.
 */
const PRIVATE_ECR_HOST = /^(.+)\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?(?::\d+)?$/i;

/** Is the image in a private ECR repository (which ECS pulls with the task execution role)? */
export function isPrivateEcrImage(image: string): boolean {
  return parseImageReference(image.trim()).registry === 'ecr';
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
  const ecr = host ? PRIVATE_ECR_HOST.exec(host) : null;
  if (ecr) {
    const account = /^\d{12}$/.test(ecr[1]) ? ecr[1] : undefined;
    return { registry: 'ecr', host, account, region: ecr[2].toLowerCase(), repository, tag, digest };
  }
  if (host === 'public.ecr.aws') return { registry: 'ecr-public', host, repository, tag, digest };
  if (!host || host === 'docker.io' || host === 'index.docker.io' || host === 'registry-1.docker.io') {
    return { registry: 'dockerhub', host, repository: repository.includes('/') ? repository : `library/${repository}`, tag, digest };
  }
  return { registry: 'other', host, repository, tag, digest };
}
