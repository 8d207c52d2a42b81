/**
 * The archive's manifest is signed, so that rewriting a page, manifest.json and
 * SHA256SUMS together no longer passes `archive:verify`: the checksums prove a
 * file matches the manifest, the signature proves the manifest is the one the
 * department made.
 *
 * Ed25519 through Node's crypto, no dependency. The private key (PEM, PKCS#8)
 * never enters the repository: `npm run archive` reads it from the file named by
 * ARCHIVE_SIGNING_KEY. The public key is committed (ARCHIVE_PUBLIC_KEY), and
 * archivists can check a copy with OpenSSL alone (docs/dev/security.md):
 *
 *   base64 -d manifest.json.sig > manifest.sig
 *   openssl pkeyutl -verify -pubin -inkey archive-signing-key.pub.pem -rawin -in manifest.json -sigfile manifest.sig
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

/** The signature of manifest.json, base64, beside it in the archive. */
export const SIGNATURE = 'manifest.json.sig';
/** The department's public key, committed at the project's root. */
export const ARCHIVE_PUBLIC_KEY = 'archive-signing-key.pub.pem';
/** The environment variable naming the private key's file. */
export const SIGNING_KEY_VARIABLE = 'ARCHIVE_SIGNING_KEY';

export function signManifest(manifest: Buffer, privateKeyPem: string): string {
  return sign(null, manifest, createPrivateKey(privateKeyPem)).toString('base64');
}

/** Whether `signature` (base64) is the key's signature of `manifest`; false for anything malformed. */
export function manifestSignatureIsValid(manifest: Buffer, signature: string, publicKeyPem: string): boolean {
  try {
    return verify(null, manifest, createPublicKey(publicKeyPem), Buffer.from(signature.trim(), 'base64'));
  } catch {
    return false;
  }
}

/** A new key pair, PEM: the private key in PKCS#8, the public key in SPKI (what OpenSSL reads). */
export function generateSigningKeys(): { privateKey: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/** The private key named by ARCHIVE_SIGNING_KEY, or undefined when it is not set. */
export function signingKeyFromEnvironment(env = process.env): string | undefined {
  const file = env[SIGNING_KEY_VARIABLE];
  return file ? readFileSync(file, 'utf8') : undefined;
}

/** The public key to check against: the file given, else the committed one; undefined when neither exists. */
export function trustedPublicKey(file?: string): string | undefined {
  const path = file ?? ARCHIVE_PUBLIC_KEY;
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}
