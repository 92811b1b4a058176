import { useEffect, useState } from 'react';

export type PassphrasePolicyModule = typeof import('../../shared/passphrase.js');

/**
 * The estimator and its dictionaries weigh megabytes: load them only on the create screen,
 * so unlocking (every day) never parses them.
 */
export function usePassphrasePolicy(): PassphrasePolicyModule | null {
  const [policy, setPolicy] = useState<PassphrasePolicyModule | null>(null);
  useEffect(() => {
    let mounted = true;
    void import('../../shared/passphrase.js').then((module) => {
      if (mounted) setPolicy(module);
    });
    return () => {
      mounted = false;
    };
  }, []);
  return policy;
}
