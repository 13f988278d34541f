import type { FollowUpActionFieldsFragment, MonevFindingFieldsFragment } from '../../gql/graphql';

export type Finding = MonevFindingFieldsFragment;
export type FollowUp = FollowUpActionFieldsFragment;

export const SEGMENTS = ['APARATUR_DESA', 'BPD', 'EKOSISTEM_DESA', 'KEPALA_DESA'] as const;
export const OWNERS = ['VILLAGE', 'REGENCY_DPMD', 'PROVINCE', 'BPJS_BRANCH', 'OTHER'] as const;
export const STATUSES = ['OPEN', 'IN_PROGRESS', 'CONSTRAINED', 'DONE', 'DROPPED'] as const;
