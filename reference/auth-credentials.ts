/**
 * Throwaway credentials for a reference server that lives for one run: a random secret for bearer
 * or basic auth, or an RSA key pair with the OCI config file oci-common reads
 * (https://docs.oracle.com/iaas/Content/API/Concepts/sdkconfig.htm).
 */
import { createHash, createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** A secret no test data contains, so a search for it in the reports finds only a leak. */
export function randomSecret(label: string): string {
  return `rsc-${label}-${randomBytes(18).toString('base64url')}`;
}

export interface OciCredentials {
  /** The config file to give the suite as TARGET_OCI_CONFIG_FILE. */
  configFile: string;
  profile: string;
  /** `<tenancy>/<user>/<fingerprint>`, what the server looks the public key up by. */
  keyId: string;
  publicKeyPem: string;
  publicKeyFile: string;
}

/** OCI's key fingerprint: the MD5 of the DER public key, as colon-separated hex. */
export function ociFingerprint(publicKeyPem: string): string {
  const der = createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' });
  return createHash('md5').update(der).digest('hex').match(/../g)!.join(':');
}

export function generateRsaKeyPair(): { publicKeyPem: string; privateKeyPem: string } {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

/** Writes `oci_api_key.pem`, `oci_api_key_public.pem` and `config` (one profile) into `dir`. */
export function writeOciCredentials(dir: string, profile = 'DEFAULT'): OciCredentials {
  const { publicKeyPem, privateKeyPem } = generateRsaKeyPair();
  const tenancy = `ocid1.tenancy.oc1..rsc${randomBytes(8).toString('hex')}`;
  const user = `ocid1.user.oc1..rsc${randomBytes(8).toString('hex')}`;
  const fingerprint = ociFingerprint(publicKeyPem);
  const keyFile = resolve(dir, 'oci_api_key.pem');
  const publicKeyFile = resolve(dir, 'oci_api_key_public.pem');
  const configFile = resolve(dir, 'config');
  writeFileSync(keyFile, privateKeyPem, { mode: 0o600 });
  writeFileSync(publicKeyFile, publicKeyPem);
  // oci-common insists on a region even though the suite never derives a host from it.
  const config = [`[${profile}]`, `user=${user}`, `fingerprint=${fingerprint}`, `tenancy=${tenancy}`, 'region=us-ashburn-1', `key_file=${keyFile}`, ''];
  writeFileSync(configFile, config.join('\n'), { mode: 0o600 });
  return { configFile, profile, keyId: `${tenancy}/${user}/${fingerprint}`, publicKeyPem, publicKeyFile };
}
