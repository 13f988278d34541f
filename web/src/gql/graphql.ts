/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Who will do it: the desa of the finding, the regency's DPMD, the province, the BPJS branch, or someone else (ownerName). */
export type ActionOwner =
  | 'BPJS_BRANCH'
  | 'OTHER'
  | 'PROVINCE'
  | 'REGENCY_DPMD'
  | 'VILLAGE';

export type ActionStatus =
  | 'CONSTRAINED'
  | 'DONE'
  | 'DROPPED'
  | 'IN_PROGRESS'
  | 'OPEN';

export type AddActionNoteInput = {
  actionId: string | number;
  note: string;
};

export type AddFollowUpActionInput = {
  dueDate: string;
  findingId: string | number;
  owner: ActionOwner;
  /** Required when the owner is OTHER. */
  ownerName?: string | null | undefined;
  what: string;
};

export type AddMonevFindingInput = {
  meetingId: string | number;
  note: string;
  /** A code from `obstacles`. */
  obstacleCode: string;
  segment: MonevSegment;
  /** A desa of the meeting's region, e.g. 61.01.01.2001. */
  villageCode: string;
};

export type AddObstacleInput = {
  nameEn: string;
  /** Bahasa Indonesia. */
  nameId: string;
};

export type AddPersonInput = {
  /** Default DEFINITIVE. */
  appointment?: Appointment | null | undefined;
  /** Default: from the NIK. */
  birthDate?: string | null | undefined;
  enrollment?: EnrollmentInput | null | undefined;
  fullName: string;
  /** 16 digits: kecamatan, birth date (day + 40 for women), serial. */
  nik: string;
  /** Required when the NIK holds a position in another village: why. */
  nikNote?: string | null | undefined;
  phone?: string | null | undefined;
  /** A code from `positions`. */
  positionCode: string;
  /** Default: from the NIK. */
  sex?: Sex | null | undefined;
  skDate?: string | null | undefined;
  /** Number of the appointment decree (SK). */
  skNumber?: string | null | undefined;
  termEnd?: string | null | undefined;
  termStart: string;
  /** Kemendagri code of the village, e.g. 61.01.01.2001. */
  villageCode: string;
};

export type AddPremiumRateDiscountInput = {
  /** The first day of the discount. */
  effectiveFrom: string;
  /** The last day of the discount. */
  effectiveUntil: string;
  /** Whom it reaches and whom not, as the regulation says. */
  note?: string | null | undefined;
  /** The share of the premium waived, in percent. */
  percent: number;
  program: Program;
  /** The regulation the discount comes from. */
  regulation: string;
  scheme: Scheme;
};

export type AddPremiumRateInput = {
  /** The first day the version is in force. */
  effectiveFrom: string;
  /** A fixed monthly amount in rupiah instead of a percentage. */
  flatAmount?: number | null | undefined;
  /** The least a month costs, in rupiah (percentage rates only). */
  minimumAmount?: number | null | undefined;
  note?: string | null | undefined;
  /** Percent of the wage base (or declared income); or give flatAmount. */
  percent?: number | null | undefined;
  program: Program;
  /** The regulation (or letter) the rate comes from. */
  regulation: string;
  scheme: Scheme;
  /** Published but not yet confirmed: shown as such, computed all the same. */
  toConfirm?: boolean;
  /** The highest wage the percentage is taken of, in rupiah (percentage rates only). */
  wageCap?: number | null | undefined;
};

export type AdjustBudgetPlanInput = {
  /** Every line of the plan, as it should be. */
  lines: Array<BudgetPlanLineInput>;
  planId: string | number;
  /** The version read: a plan changed since is not saved over. */
  version: number;
};

/** DEFINITIVE, or ACTING (Plt/Pj). */
export type Appointment =
  | 'ACTING'
  | 'DEFINITIVE';

export type ApproveBudgetPlanInput = {
  submissionId: string | number;
};

export type ApproveSubmissionInput = {
  submissionId: string | number;
};

export type ApproveSubmissionsInput = {
  /** Or every submission waiting in this region that has no warnings (nothing taken away, no one leaving office). */
  regionCode?: string | null | undefined;
  /** These submissions, warnings or not (a chosen set). */
  submissionIds?: Array<string | number> | null | undefined;
};

export type AuditEntryFilterInput = {
  action?: StringOperationFilterInput | null | undefined;
  entity?: StringOperationFilterInput | null | undefined;
  entityId?: StringOperationFilterInput | null | undefined;
  module?: StringOperationFilterInput | null | undefined;
  regionCode?: StringOperationFilterInput | null | undefined;
  requestId?: StringOperationFilterInput | null | undefined;
  userName?: StringOperationFilterInput | null | undefined;
};

/** BPD members as each regency's policy says, or all as BPU, or all as PU. */
export type BpdScheme =
  | 'BPU'
  | 'POLICY'
  | 'PU';

export type BpjsReconciliationGroup =
  | 'ACTIVE_NOT_DECLARED'
  | 'CONSISTENT'
  | 'DECLARED_NOT_ACTIVE'
  | 'NOT_ACTIVE_NOT_DECLARED'
  | 'UNMATCHED';

/** Whose budget a plan is: a village's APBDes or a regency's own APBD. */
export type BudgetPlanLevel =
  | 'REGENCY'
  | 'VILLAGE';

export type BudgetPlanLineInput = {
  accountCode: string;
  group: PositionGroup;
  monthlyPremium: number;
  months: number;
  /** Why the line differs from the computed one (required then). */
  note?: string | null | undefined;
  payer: Payer;
  people: number;
};

export type ChangeActionStatusInput = {
  actionId: string | number;
  /** Why, or what was done. */
  note?: string | null | undefined;
  status: ActionStatus;
};

export type ChangeKind =
  | 'ADDED'
  | 'CHANGED'
  | 'ENDED';

export type ChangePasswordInput = {
  /** The password used to sign in (a one-time password included). */
  currentPassword: string;
  /** At least 10 characters, with upper- and lower-case letters, a digit and a symbol. */
  newPassword: string;
};

export type ChangeUserAccessInput = {
  regionCode: string;
  role: UserRole;
  userName: string;
};

export type ComputeBudgetPlanInput = {
  /** The day of the approved rosters to plan with; today if none. */
  rosterAsOf?: string | null | undefined;
  villageCode: string;
  /** The fiscal year. */
  year: number;
};

export type ComputeRegencyBudgetPlanInput = {
  regencyCode: string;
  /** The day of the approved rosters to plan with; today if none. */
  rosterAsOf?: string | null | undefined;
  /** The fiscal year. */
  year: number;
};

export type CopyFundingPolicyInput = {
  /** The year whose policy is copied. */
  fromYear: number;
  /** The regency. */
  regionCode: string;
  /** Its date; with a new number only. */
  regulationDate?: string | null | undefined;
  /** The new year's Perbup; none keeps the copied one (a Perbup that stays in force). */
  regulationNumber?: string | null | undefined;
  /** The new year; it must have no policy yet. */
  toYear: number;
};

export type CorrectPremiumRateInput = {
  /** The first day the version is in force. */
  effectiveFrom: string;
  /** A fixed monthly amount in rupiah instead of a percentage. */
  flatAmount?: number | null | undefined;
  /** The rate's id (as listed). */
  id: number;
  /** The least a month costs, in rupiah (percentage rates only). */
  minimumAmount?: number | null | undefined;
  note?: string | null | undefined;
  /** Percent of the wage base (or declared income); or give flatAmount. */
  percent?: number | null | undefined;
  /** The regulation (or letter) the rate comes from. */
  regulation: string;
  /** Published but not yet confirmed: shown as such, computed all the same. */
  toConfirm?: boolean;
  /** The version read; a rate changed since is not overwritten. */
  version: number;
  /** The highest wage the percentage is taken of, in rupiah (percentage rates only). */
  wageCap?: number | null | undefined;
};

export type CreateUserInput = {
  email?: string | null | undefined;
  fullName: string;
  phoneNumber?: string | null | undefined;
  /** Province for ProvinceAdmin, regency for RegencyStaff, village for VillageOperator, any for Viewer and BpjsOfficer. */
  regionCode: string;
  role: UserRole;
  /** 3–50 characters: lower-case letters, digits, '.', '_' or '-'. */
  userName: string;
};

export type DisableTwoFactorInput = {
  /** The 6 digits the authenticator app shows now. */
  code: string;
};

export type DisableUserInput = {
  userName: string;
};

export type DiscardChangeInput = {
  /** A draft version. */
  personId: string | number;
};

export type EnableTwoFactorInput = {
  /** The 6 digits the authenticator app shows now. */
  code: string;
};

export type EnableUserInput = {
  userName: string;
};

export type EndPremiumRateDiscountInput = {
  /** The new last day: earlier cuts the discount short, later extends it. */
  effectiveUntil: string;
  /** The discount's id (as listed). */
  id: number;
  /** The version read; a discount changed since is not overwritten. */
  version: number;
};

export type EndPremiumRateInput = {
  /** The last day the version is in force. */
  effectiveUntil: string;
  /** The rate's id (as listed). */
  id: number;
  /** The version read; a rate changed since is not overwritten. */
  version: number;
};

export type EndTermInput = {
  /** Default true; false keeps the enrollment (the person moves to another position). */
  endEnrollment?: boolean | null | undefined;
  personId: string | number;
  termEnd: string;
};

export type EnrollmentInput = {
  /** Digits only. */
  kpj: string;
  programs: Array<Program>;
  /** PU (default) or BPU. */
  scheme?: Scheme | null | undefined;
  startDate: string;
  /** Default ACTIVE. */
  status?: EnrollmentStatus | null | undefined;
  /** Monthly rupiah; default: the position's wage base. */
  wageBase?: number | null | undefined;
};

export type EnrollmentStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'INACTIVE';

export type GroupFundingInput = {
  group: PositionGroup;
  /** Positions whose regency amount differs from the group's. */
  positionWages?: Array<PositionWageInput> | null | undefined;
  /** At least JKK and JKM. */
  programs: Array<Program>;
  scheme: Scheme;
  /** Per program, who pays which percent; each program's shares add up to 100. */
  shares: Array<PayerShareInput>;
  /** Rupiah a month: the regency's amount, or the declared income to plan with (BPU). */
  wageAmount?: number | null | undefined;
  wageRule: WageBaseRule;
};

export type ImportOperatorsInput = {
  /** The file's text: user_name,full_name,village_code,contact (contact: email or phone number). */
  csv: string;
  /** true: only check the file and report. */
  dryRun?: boolean | null | undefined;
};

export type ImportPaymentsInput = {
  /** true: only report what would change. */
  dryRun: boolean;
  /** The file's bytes, base64. Columns: nik,no_kpj,periode,jumlah (periode YYYY-MM; NIK or KPJ). */
  fileBase64: string;
  /** Ends in .xlsx for a workbook; anything else is read as CSV (comma or semicolon). */
  fileName: string;
  /** The village the invoice or payment sheet is for. */
  villageCode: string;
};

export type ImportRegionRosterInput = {
  /** Apply even though rows take an enrollment or a term away (warnings); without it such a file is refused (CONFIRMATION_REQUIRED). */
  confirmLosses?: boolean | null | undefined;
  /** true: only report what would change. */
  dryRun: boolean;
  /** The file's bytes, base64. */
  fileBase64: string;
  /** Ends in .xlsx for a workbook; anything else is read as CSV (comma or semicolon). */
  fileName: string;
  /** Your regency or province (or a region in it): every row's village must be a desa in it. */
  regionCode: string;
};

export type ImportRegionsInput = {
  /** The file's text: code,name,level,parent_code,kind. */
  csv: string;
  /** true: only report what would change. */
  dryRun: boolean;
  fileName?: string | null | undefined;
};

export type ImportRosterInput = {
  /** The operator has seen the report's warnings and applies the file anyway; without it a file with warnings is refused (CONFIRMATION_REQUIRED). */
  confirmLosses?: boolean | null | undefined;
  /** true: only report what would change. */
  dryRun: boolean;
  /** The file's bytes, base64. */
  fileBase64: string;
  /** Ends in .xlsx for a workbook; anything else is read as CSV (comma or semicolon). */
  fileName: string;
  villageCode: string;
};

export type ImportUcjInputsInput = {
  /** true: only report what would change. */
  dryRun: boolean;
  /** The file's bytes, base64. Columns: kode_wilayah,periode,peserta_pu,peserta_bpu,peserta_jakon,penduduk_bekerja,sumber,tanggal_sumber,catatan (periode YYYY-MM; catatan optional). */
  fileBase64: string;
  /** Ends in .xlsx for a workbook; anything else is read as CSV (comma or semicolon). */
  fileName: string;
};

export type ItemCommentInput = {
  comment: string;
  /** The id of the version in the submission (`changes.person.id`). */
  personId: string | number;
};

export type LagKind =
  | 'BELOW_TARGET'
  | 'NO_COVERAGE';

export type LagOrder =
  | 'CODE'
  | 'COVERAGE'
  | 'IN_OFFICE'
  | 'NAME';

export type MonevMeetingFilterInput = {
  regionCode?: StringOperationFilterInput | null | undefined;
};

export type MonevMeetingSortInput = {
  date?: SortEnumType | null | undefined;
};

/** APARATUR_DESA, BPD, EKOSISTEM_DESA (as Segment), or KEPALA_DESA on their own. */
export type MonevSegment =
  | 'APARATUR_DESA'
  | 'BPD'
  | 'EKOSISTEM_DESA'
  | 'KEPALA_DESA';

/** APBDes by source (ADD, DD, PAD), APBD kabupaten/kota, APBD provinsi, or a deduction from the member. */
export type Payer =
  | 'APBDES_ADD'
  | 'APBDES_DD'
  | 'APBDES_PAD'
  | 'APBD_KABUPATEN'
  | 'APBD_PROVINSI'
  | 'MEMBER_DEDUCTION';

export type PayerShareInput = {
  payer: Payer;
  /** Percent of the program's premium, two decimals. */
  percent: number;
  program: Program;
};

export type PositionGroup =
  | 'BPD'
  | 'EKOSISTEM'
  | 'KEPALA_DESA'
  | 'PERANGKAT';

export type PositionWageInput = {
  amount: number;
  positionCode: string;
};

export type Program =
  | 'JHT'
  | 'JKK'
  | 'JKM'
  | 'JP';

export type RecordMonevMeetingInput = {
  date: string;
  /** One participant (name, office) a line. */
  participants: string;
  place: string;
  /** The region the meeting was held for (province, regency, district), e.g. 61 or 61.01. */
  regionCode: string;
  summary?: string | null | undefined;
};

export type RecordPaymentInput = {
  /** Rupiah paid for that month, above zero. */
  amount: number;
  /** The person's BPJS membership number (KPJ). */
  kpj?: string | null | undefined;
  /** The person's NIK; or give the KPJ (both: they must name the same person). */
  nik?: string | null | undefined;
  /** The month paid for, YYYY-MM; not after this month. */
  period: string;
  /** The version read, to correct a month already kept; none to add a new one. */
  version?: number | null | undefined;
  /** The village whose apparatus the payment is for. */
  villageCode: string;
};

export type RegionChangeKind =
  | 'ADDED'
  | 'RECLASSIFIED'
  | 'RENAMED'
  | 'RESTORED'
  | 'RETIRED';

export type RegionFilterInput = {
  code?: StringOperationFilterInput | null | undefined;
  level?: RegionLevelOperationFilterInput | null | undefined;
  name?: StringOperationFilterInput | null | undefined;
  parentCode?: StringOperationFilterInput | null | undefined;
};

export type RegionKind =
  | 'DESA'
  | 'DESA_ADAT'
  | 'KABUPATEN'
  | 'KELURAHAN'
  | 'KOTA';

export type RegionLevel =
  | 'COUNTRY'
  | 'DISTRICT'
  | 'PROVINCE'
  | 'REGENCY'
  | 'VILLAGE';

export type RegionLevelOperationFilterInput = {
  eq?: RegionLevel | null | undefined;
  in?: Array<RegionLevel> | null | undefined;
  neq?: RegionLevel | null | undefined;
};

export type RemoveUcjInputInput = {
  id: string | number;
};

export type ReopenSubmissionInput = {
  /** Required: why the approval is taken back. */
  reason: string;
  submissionId: string | number;
};

export type ResetPasswordInput = {
  userName: string;
};

export type ReturnBudgetPlanInput = {
  reason: string;
  submissionId: string | number;
};

export type ReturnSubmissionInput = {
  /** Optional remarks on single entries. */
  comments?: Array<ItemCommentInput> | null | undefined;
  /** Required: tells the village what to fix. */
  reason: string;
  submissionId: string | number;
};

export type RosterStatus =
  | 'DRAFT'
  | 'OFFICIAL'
  | 'PENDING'
  | 'SUPERSEDED';

export type ScenarioSwitchesInput = {
  /** POLICY when left out. */
  bpdAs?: BpdScheme | null | undefined;
  /** JHT for the kepala desa too (PU: 3.7 % employer + 2 % member, PP 46/2015); false when left out. */
  jhtForKepalaDesa?: boolean | null | undefined;
};

export type Scheme =
  | 'BPU'
  | 'PU';

export type Segment =
  | 'APARATUR_DESA'
  | 'BPD'
  | 'EKOSISTEM_DESA';

export type SetFundingPolicyInput = {
  /** The regency's APBDes account for BPD premiums; needed when the APBDes pays for BPD. */
  bpdAccountCode?: string | null | undefined;
  /** Take PP 50/2025's BPU JKK+JKM discount where the APBDes pays (default: no — the sources are silent). */
  bpuDiscountForVillageBudget?: boolean | null | undefined;
  /** Every position group, once. */
  groups: Array<GroupFundingInput>;
  note?: string | null | undefined;
  /** The regency. */
  regionCode: string;
  /** The date the Perbup was set. */
  regulationDate?: string | null | undefined;
  /** The Perbup's number, e.g. "Perbup Sambas Nomor 12 Tahun 2025". */
  regulationNumber?: string | null | undefined;
  /** The version read, to change a policy already set; none to set a new one. */
  version?: number | null | undefined;
  /** The fiscal year. */
  year: number;
};

export type SetTargetInput = {
  /** An indicator code of the catalog. */
  indicator: string;
  /** 0–100, two decimals; null removes the region's own target, so that it inherits again. */
  percent?: number | null | undefined;
  /** The province or one of its regencies. */
  regionCode: string;
  year: number;
};

export type SetUcjInputInput = {
  note?: string | null | undefined;
  /** Active participants, non-wage earners (Bukan Penerima Upah). */
  participantsBpu: number;
  /** Active participants, construction services (jasa konstruksi). */
  participantsJakon: number;
  /** Active participants, wage earners (Penerima Upah). */
  participantsPu: number;
  /** The month the figures describe, YYYY-MM. */
  period: string;
  /** The province or one of its regencies. */
  regionCode: string;
  /** Where the figures come from, e.g. "BPS Sakernas Agustus 2025". */
  source: string;
  /** The date of the source. */
  sourceDate: string;
  /** The version read, to correct a month already kept; none to add a new one. */
  version?: number | null | undefined;
  /** Working population (BPS Sakernas). */
  workingPopulation: number;
};

export type Sex =
  | 'FEMALE'
  | 'MALE';

export type SortEnumType =
  | 'ASC'
  | 'DESC';

export type StringOperationFilterInput = {
  /** Case-insensitive. */
  contains?: string | null | undefined;
  eq?: string | null | undefined;
  in?: Array<string> | null | undefined;
  neq?: string | null | undefined;
  startsWith?: string | null | undefined;
};

export type SubmissionFilterInput = {
  status?: SubmissionStatusOperationFilterInput | null | undefined;
  villageCode?: StringOperationFilterInput | null | undefined;
};

export type SubmissionSortInput = {
  submittedAt?: SortEnumType | null | undefined;
};

export type SubmissionStatus =
  | 'APPROVED'
  | 'REOPENED'
  | 'RETURNED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

export type SubmissionStatusOperationFilterInput = {
  eq?: SubmissionStatus | null | undefined;
  in?: Array<SubmissionStatus> | null | undefined;
  neq?: SubmissionStatus | null | undefined;
};

export type SubmitBudgetPlanInput = {
  planId: string | number;
};

export type SubmitRosterInput = {
  villageCode: string;
};

export type TakeBpjsStatusInput = {
  /** A result of the ACTIVE_NOT_DECLARED group. */
  resultId: string | number;
};

export type UpdatePersonInput = {
  /** Default DEFINITIVE. */
  appointment?: Appointment | null | undefined;
  /** Default: from the NIK. */
  birthDate?: string | null | undefined;
  enrollment?: EnrollmentInput | null | undefined;
  fullName: string;
  /** 16 digits: kecamatan, birth date (day + 40 for women), serial. */
  nik: string;
  /** Required when the NIK holds a position in another village: why. */
  nikNote?: string | null | undefined;
  /** The current version (draft or official) being changed. */
  personId: string | number;
  phone?: string | null | undefined;
  /** A code from `positions`. */
  positionCode: string;
  /** Default: from the NIK. */
  sex?: Sex | null | undefined;
  skDate?: string | null | undefined;
  /** Number of the appointment decree (SK). */
  skNumber?: string | null | undefined;
  termEnd?: string | null | undefined;
  termStart: string;
};

export type UploadBpjsParticipantListInput = {
  /** The list's date (YYYY-MM-DD): whom BPJS counted active on that day. */
  asOf: string;
  /** true: only report what the reconciliation would find. */
  dryRun: boolean;
  /** The file's bytes, base64. Columns: nik,nama,no_kpj,segmen,program,status,bulan_terakhir_bayar,tanggal_lahir (template: GET /api/bpjs-participants/template). */
  fileBase64: string;
  /** Ends in .xlsx for a workbook; anything else is read as CSV (comma or semicolon). */
  fileName: string;
  /** The regency or province the branch's list covers. */
  regionCode: string;
};

export type UserFilterInput = {
  fullName?: StringOperationFilterInput | null | undefined;
  regionCode?: StringOperationFilterInput | null | undefined;
  role?: UserRoleOperationFilterInput | null | undefined;
  status?: UserStatusOperationFilterInput | null | undefined;
  userName?: StringOperationFilterInput | null | undefined;
};

export type UserRole =
  | 'BpjsOfficer'
  | 'ProvinceAdmin'
  | 'RegencyStaff'
  | 'Viewer'
  | 'VillageOperator';

export type UserRoleOperationFilterInput = {
  eq?: UserRole | null | undefined;
  in?: Array<UserRole> | null | undefined;
  neq?: UserRole | null | undefined;
};

/** DISABLED: switched off by an administrator. LOCKED_OUT: too many wrong passwords, for 15 minutes. */
export type UserStatus =
  | 'ACTIVE'
  | 'DISABLED'
  | 'LOCKED_OUT';

export type UserStatusOperationFilterInput = {
  eq?: UserStatus | null | undefined;
  in?: Array<UserStatus> | null | undefined;
  neq?: UserStatus | null | undefined;
};

export type WageBaseRule =
  | 'DECLARED_INCOME'
  | 'REGENCY_AMOUNT'
  | 'SILTAP_MINIMUM';

export type WithdrawBudgetPlanInput = {
  submissionId: string | number;
};

export type WithdrawSubmissionInput = {
  submissionId: string | number;
};

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { me: { userName: string, fullName: string, role: UserRole, regionCode: string, timeZone: string, mustChangePassword: boolean, twoFactorEnabled: boolean, twoFactorRequired: boolean, sampleData: boolean, region: { code: string, name: string, level: RegionLevel } | null } | null, errors: Array<{ code: string, message: string, field: string | null, values: Array<{ name: string, value: string }> }> } };

export type BeginTwoFactorSetupMutationVariables = Exact<{ [key: string]: never; }>;


export type BeginTwoFactorSetupMutation = { beginTwoFactorSetup: { sharedKey: string | null, authenticatorUri: string | null, errors: Array<{ code: string, message: string, field: string | null, values: Array<{ name: string, value: string }> }> } };

export type EnableTwoFactorMutationVariables = Exact<{
  input: EnableTwoFactorInput;
}>;


export type EnableTwoFactorMutation = { enableTwoFactor: { me: { userName: string, fullName: string, role: UserRole, regionCode: string, timeZone: string, mustChangePassword: boolean, twoFactorEnabled: boolean, twoFactorRequired: boolean, sampleData: boolean, region: { code: string, name: string, level: RegionLevel } | null } | null, errors: Array<{ code: string, message: string, field: string | null, values: Array<{ name: string, value: string }> }> } };

export type DisableTwoFactorMutationVariables = Exact<{
  input: DisableTwoFactorInput;
}>;


export type DisableTwoFactorMutation = { disableTwoFactor: { me: { userName: string, fullName: string, role: UserRole, regionCode: string, timeZone: string, mustChangePassword: boolean, twoFactorEnabled: boolean, twoFactorRequired: boolean, sampleData: boolean, region: { code: string, name: string, level: RegionLevel } | null } | null, errors: Array<{ code: string, message: string, field: string | null, values: Array<{ name: string, value: string }> }> } };

export type AuditTrailQueryVariables = Exact<{
  where?: AuditEntryFilterInput | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type AuditTrailQuery = { auditTrail: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, at: string, userName: string, role: string | null, scope: string | null, module: string, entity: string, entityId: string, regionCode: string, action: string, before: string | null, after: string | null, requestId: string | null, region: { name: string } | null }> | null } | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { userName: string, fullName: string, role: UserRole, regionCode: string, timeZone: string, mustChangePassword: boolean, twoFactorEnabled: boolean, twoFactorRequired: boolean, sampleData: boolean, region: { code: string, name: string, level: RegionLevel } | null } | null };

export type MeFieldsFragment = { userName: string, fullName: string, role: UserRole, regionCode: string, timeZone: string, mustChangePassword: boolean, twoFactorEnabled: boolean, twoFactorRequired: boolean, sampleData: boolean, region: { code: string, name: string, level: RegionLevel } | null };

export type BpjsReconciliationQueryVariables = Exact<{
  regionCode: string;
  runId?: string | number | null | undefined;
  group?: BpjsReconciliationGroup | null | undefined;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type BpjsReconciliationQuery = { bpjsReconciliation: { regionCode: string, villages: number, villagesWithoutList: number, runs: Array<{ id: string, regionCode: string, asOf: string, fileName: string, fileKept: boolean, participants: number, uploadedBy: string }>, run: { id: string, regionCode: string, asOf: string, fileName: string, fileKept: boolean, participants: number, uploadedBy: string } | null, basedOn: Array<{ villages: number, run: { id: string, regionCode: string, asOf: string, fileName: string, fileKept: boolean, participants: number, uploadedBy: string } }>, groups: { consistent: number, declaredNotActive: number, activeNotDeclared: number, notActiveNotDeclared: number, unmatched: number, mismatches: number }, regions: Array<{ regionCode: string, name: string, groups: { consistent: number, declaredNotActive: number, activeNotDeclared: number, notActiveNotDeclared: number, unmatched: number, mismatches: number } }>, results: { totalCount: number, nodes: Array<{ id: string, regionCode: string, group: BpjsReconciliationGroup, nik: string, kpj: string | null, rosterName: string | null, bpjsName: string | null, segment: Scheme | null, programs: string | null, activeAtBpjs: boolean | null, protectedAtBpjs: boolean | null, lastPaidMonth: string | null, nameMismatch: boolean, birthDateMismatch: boolean, formerOfficial: { villageCode: string, villageName: string | null, termEnd: string } | null }> }, history: Array<{ run: { id: string, asOf: string, fileName: string, fileKept: boolean }, groups: { consistent: number, declaredNotActive: number, activeNotDeclared: number, notActiveNotDeclared: number, unmatched: number, mismatches: number } }>, moves: { totalCount: number, since: { asOf: string, fileName: string } | null, nodes: Array<{ regionCode: string, name: string | null, nik: string, from: BpjsReconciliationGroup, to: BpjsReconciliationGroup }> } } | null };

export type BpjsRunFieldsFragment = { id: string, regionCode: string, asOf: string, fileName: string, fileKept: boolean, participants: number, uploadedBy: string };

export type BpjsGroupFieldsFragment = { consistent: number, declaredNotActive: number, activeNotDeclared: number, notActiveNotDeclared: number, unmatched: number, mismatches: number };

export type UploadBpjsListMutationVariables = Exact<{
  input: UploadBpjsParticipantListInput;
}>;


export type UploadBpjsListMutation = { uploadBpjsParticipantList: { report: { applied: boolean, refused: boolean, participants: number, groups: { consistent: number, declaredNotActive: number, activeNotDeclared: number, notActiveNotDeclared: number, unmatched: number, mismatches: number }, problems: Array<{ line: number, column: string | null, code: string, message: string, values: Array<{ name: string, value: string }> }> } | null, errors: Array<{ code: string, message: string, field: string | null, values: Array<{ name: string, value: string }> }> } };

export type TakeBpjsStatusMutationVariables = Exact<{
  input: TakeBpjsStatusInput;
}>;


export type TakeBpjsStatusMutation = { takeBpjsStatus: { person: { id: string, status: RosterStatus } | null, errors: Array<{ code: string, message: string, field: string | null, values: Array<{ name: string, value: string }> }> } };

export type BpjsActiveNotDeclaredQueryVariables = Exact<{
  villageCode: string;
}>;


export type BpjsActiveNotDeclaredQuery = { bpjsReconciliation: { basedOn: Array<{ run: { id: string, asOf: string } }>, results: { nodes: Array<{ id: string, entryId: string | null }> } } | null };

export type CoverageQueryVariables = Exact<{
  regionCode: string;
  year: number;
}>;


export type CoverageQuery = { coverage: { year: number, asOf: string, asOfDate: string, pendingChanges: number, region: { code: string, name: string, level: RegionLevel }, total: { regionCode: string, regionName: string, peopleInOffice: number, peopleCovered: number, coveragePercent: number, villages: number, villagesWithCoverage: number, villagesWithApprovedRoster: number, indicators: Array<{ numerator: number | null, denominator: number | null, value: number | null, gap: number | null, onTrack: boolean | null, period: string | null, source: string | null, sourceDate: string | null, indicator: { code: string, kind: string, nameId: string, nameEn: string, formulaId: string, formulaEn: string, sourceId: string, sourceEn: string, lowerIsBetter: boolean }, verified: { numerator: number, declaredNumerator: number, denominator: number, value: number | null, declaredValue: number | null, villagesListed: number, oldestList: string, newestList: string } | null, target: { percent: number, setFor: string, inherited: boolean, setForRegion: { name: string } | null } | null }> }, byRegion: Array<{ regionCode: string, regionName: string, peopleInOffice: number, peopleCovered: number, coveragePercent: number, villages: number, villagesWithCoverage: number, villagesWithApprovedRoster: number, indicators: Array<{ numerator: number | null, denominator: number | null, value: number | null, gap: number | null, onTrack: boolean | null, period: string | null, source: string | null, sourceDate: string | null, indicator: { code: string, kind: string, nameId: string, nameEn: string, formulaId: string, formulaEn: string, sourceId: string, sourceEn: string, lowerIsBetter: boolean }, verified: { numerator: number, declaredNumerator: number, denominator: number, value: number | null, declaredValue: number | null, villagesListed: number, oldestList: string, newestList: string } | null, target: { percent: number, setFor: string, inherited: boolean, setForRegion: { name: string } | null } | null }> }>, bySegment: Array<{ segment: string, peopleInOffice: number, peopleCovered: number, coveragePercent: number }> } | null };

export type CoverageFiguresRowFragment = { regionCode: string, regionName: string, peopleInOffice: number, peopleCovered: number, coveragePercent: number, villages: number, villagesWithCoverage: number, villagesWithApprovedRoster: number, indicators: Array<{ numerator: number | null, denominator: number | null, value: number | null, gap: number | null, onTrack: boolean | null, period: string | null, source: string | null, sourceDate: string | null, indicator: { code: string, kind: string, nameId: string, nameEn: string, formulaId: string, formulaEn: string, sourceId: string, sourceEn: string, lowerIsBetter: boolean }, verified: { numerator: number, declaredNumerator: number, denominator: number, value: number | null, declaredValue: number | null, villagesListed: number, oldestList: string, newestList: string } | null, target: { percent: number, setFor: string, inherited: boolean, setForRegion: { name: string } | null } | null }> };

export type IndicatorFigureFieldsFragment = { numerator: number | null, denominator: number | null, value: number | null, gap: number | null, onTrack: boolean | null, period: string | null, source: string | null, sourceDate: string | null, indicator: { code: string, kind: string, nameId: string, nameEn: string, formulaId: string, formulaEn: string, sourceId: string, sourceEn: string, lowerIsBetter: boolean }, verified: { numerator: number, declaredNumerator: number, denominator: number, value: number | null, declaredValue: number | null, villagesListed: number, oldestList: string, newestList: string } | null, target: { percent: number, setFor: string, inherited: boolean, setForRegion: { name: string } | null } | null };

export type IndicatorSeriesQueryVariables = Exact<{
  regionCode: string;
  indicator: string;
}>;


export type IndicatorSeriesQuery = { indicatorSeries: { trendPerMonth: number | null, points: Array<{ asOfDate: string, value: number | null }>, targets: Array<{ year: number, target: { percent: number } }>, projections: Array<{ year: number, target: number, projectedValue: number, onTrack: boolean, monthsLeft: number, unitsNeeded: number, unitsPerMonth: number }> } | null };

export type BudgetGapQueryVariables = Exact<{
  regionCode: string;
  year: number;
}>;


export type BudgetGapQuery = { budgetGap: { regionCode: string, regionName: string, year: number, rosterAsOf: string, paidThrough: string | null, total: { regionCode: string, regionName: string, desa: number, desaPriced: number, peoplePriced: number, peopleUnpriced: number, desaWithApprovedPlan: number, needed: number, planned: number, paid: number, gapToPlanned: number, gapToPaid: number, byPayer: Array<{ payer: Payer, needed: number, planned: number, gap: number }> }, children: Array<{ regionCode: string, regionName: string, desa: number, desaPriced: number, peoplePriced: number, peopleUnpriced: number, desaWithApprovedPlan: number, needed: number, planned: number, paid: number, gapToPlanned: number, gapToPaid: number, byPayer: Array<{ payer: Payer, needed: number, planned: number, gap: number }> }> } | null };

export type BudgetGapRowFieldsFragment = { regionCode: string, regionName: string, desa: number, desaPriced: number, peoplePriced: number, peopleUnpriced: number, desaWithApprovedPlan: number, needed: number, planned: number, paid: number, gapToPlanned: number, gapToPaid: number, byPayer: Array<{ payer: Payer, needed: number, planned: number, gap: number }> };

export type TargetCostQueryVariables = Exact<{
  regionCode: string;
  year: number;
  switches?: ScenarioSwitchesInput | null | undefined;
}>;


export type TargetCostQuery = { targetCost: { regionCode: string, year: number, asOf: string, scenario: string, targetYears: Array<number>, policyYears: Array<{ regencyCode: string, year: number }>, total: { regionCode: string, regionName: string, desa: number, desaPriced: number, unpriced: boolean, cost: Array<{ payer: Payer, amount: number }>, segments: Array<{ segment: string, target: number | null, targetSetFor: string | null, inOffice: number, covered: number, toEnrol: number | null, peoplePriced: number, perPerson: Array<{ payer: Payer, amount: number }>, cost: Array<{ payer: Payer, amount: number }> }> }, children: Array<{ regionCode: string, regionName: string, desa: number, desaPriced: number, unpriced: boolean, cost: Array<{ payer: Payer, amount: number }>, segments: Array<{ segment: string, target: number | null, targetSetFor: string | null, inOffice: number, covered: number, toEnrol: number | null, peoplePriced: number, perPerson: Array<{ payer: Payer, amount: number }>, cost: Array<{ payer: Payer, amount: number }> }> }> } | null };

export type TargetCostRowFieldsFragment = { regionCode: string, regionName: string, desa: number, desaPriced: number, unpriced: boolean, cost: Array<{ payer: Payer, amount: number }>, segments: Array<{ segment: string, target: number | null, targetSetFor: string | null, inOffice: number, covered: number, toEnrol: number | null, peoplePriced: number, perPerson: Array<{ payer: Payer, amount: number }>, cost: Array<{ payer: Payer, amount: number }> }> };

export type LaggingVillagesQueryVariables = Exact<{
  regionCode: string;
  segment: string;
  kind: LagKind;
  within?: string | null | undefined;
  orderBy?: LagOrder | null | undefined;
  descending?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LaggingVillagesQuery = { laggingVillages: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ code: string, name: string, districtName: string, regencyName: string, inOffice: number, covered: number, coveragePercent: number | null, lastApprovedAt: string | null, openFindings: number, target: { percent: number, setFor: string } | null }> | null } | null };

export type LagAreasQueryVariables = Exact<{
  code: string;
}>;


export type LagAreasQuery = { region: { code: string, name: string, level: RegionLevel, children: { nodes: Array<{ code: string, name: string, level: RegionLevel }> | null } | null } | null };

export type FollowUpActionFieldsFragment = { id: string, what: string, owner: ActionOwner, ownerName: string | null, dueDate: string, status: ActionStatus, isOverdue: boolean, updates: Array<{ at: string, by: string, note: string | null, status: ActionStatus | null }> };

export type MonevFindingFieldsFragment = { id: string, villageCode: string, segment: MonevSegment, note: string, isOpen: boolean, recordedBy: string, recordedAt: string, village: { name: string }, obstacle: { code: string, nameId: string, nameEn: string }, actions: Array<{ id: string, what: string, owner: ActionOwner, ownerName: string | null, dueDate: string, status: ActionStatus, isOverdue: boolean, updates: Array<{ at: string, by: string, note: string | null, status: ActionStatus | null }> }> };

export type MonevMeetingsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  where?: MonevMeetingFilterInput | null | undefined;
  order?: Array<MonevMeetingSortInput> | MonevMeetingSortInput | null | undefined;
}>;


export type MonevMeetingsQuery = { monevMeetings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, regionCode: string, date: string, place: string, region: { name: string }, findings: Array<{ id: string, isOpen: boolean }> }> | null } | null };

export type MonevMeetingQueryVariables = Exact<{
  id: string | number;
}>;


export type MonevMeetingQuery = { monevMeeting: { id: string, regionCode: string, date: string, place: string, participants: string, summary: string | null, recordedBy: string, region: { name: string, level: RegionLevel }, findings: Array<{ id: string, villageCode: string, segment: MonevSegment, note: string, isOpen: boolean, recordedBy: string, recordedAt: string, village: { name: string }, obstacle: { code: string, nameId: string, nameEn: string }, actions: Array<{ id: string, what: string, owner: ActionOwner, ownerName: string | null, dueDate: string, status: ActionStatus, isOverdue: boolean, updates: Array<{ at: string, by: string, note: string | null, status: ActionStatus | null }> }> }> } | null };

export type VillageFindingsQueryVariables = Exact<{
  villageCode: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type VillageFindingsQuery = { monevFindings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, villageCode: string, segment: MonevSegment, note: string, isOpen: boolean, recordedBy: string, recordedAt: string, meeting: { id: string, date: string, place: string } | null, village: { name: string }, obstacle: { code: string, nameId: string, nameEn: string }, actions: Array<{ id: string, what: string, owner: ActionOwner, ownerName: string | null, dueDate: string, status: ActionStatus, isOverdue: boolean, updates: Array<{ at: string, by: string, note: string | null, status: ActionStatus | null }> }> }> | null } | null };

export type OverdueActionsQueryVariables = Exact<{
  regionCode: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OverdueActionsQuery = { overdueActions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, what: string, owner: ActionOwner, ownerName: string | null, dueDate: string, status: ActionStatus, villageCode: string, village: { name: string }, finding: { meetingId: string } | null }> | null } | null };

export type ObstaclesQueryVariables = Exact<{ [key: string]: never; }>;


export type ObstaclesQuery = { obstacles: Array<{ code: string, nameId: string, nameEn: string, isBuiltIn: boolean }> };

export type MonevVillagesQueryVariables = Exact<{
  where: RegionFilterInput;
}>;


export type MonevVillagesQuery = { regions: { nodes: Array<{ code: string, name: string }> | null } | null };

export type RecordMonevMeetingMutationVariables = Exact<{
  input: RecordMonevMeetingInput;
}>;


export type RecordMonevMeetingMutation = { recordMonevMeeting: { meeting: { id: string } | null, errors: Array<{ code: string, message: string, field: string | null, values: Array<{ name: string, value: string }> }> } };

export type AddMonevFindingMutationVariables = Exact<{
  input: AddMonevFindingInput;
}>;


export type AddMonevFindingMutation = { addMonevFinding: { finding: { id: string } | null, errors: Array<{ code: string, message: string, field: string | null, values: Array<{ name: string, value: string }> }> } };

export type AddFollowUpActionMutationVariables = Exact<{
  input: AddFollowUpActionInput;
}>;


export type AddFollowUpActionMutation = { addFollowUpAction: { action: { id: string } | null, errors: Array<{ code: string, message: string, field: string | null, values: Array<{ name: string, value: string }> }> } };

export type ChangeActionStatusMutationVariables = Exact<{
  input: ChangeActionStatusInput;
}>;


export type ChangeActionStatusMutation = { changeActionStatus: { action: { id: string, what: string, owner: ActionOwner, ownerName: string | null, dueDate: string, status: ActionStatus, isOverdue: boolean, updates: Array<{ at: string, by: string, note: string | null, status: ActionStatus | null }> } | null, errors: Array<{ code: string, message: string, field: string | null, values: Array<{ name: string, value: string }> }> } };

export type AddActionNoteMutationVariables = Exact<{
  input: AddActionNoteInput;
}>;


export type AddActionNoteMutation = { addActionNote: { action: { id: string, what: string, owner: ActionOwner, ownerName: string | null, dueDate: string, status: ActionStatus, isOverdue: boolean, updates: Array<{ at: string, by: string, note: string | null, status: ActionStatus | null }> } | null, errors: Array<{ code: string, message: string, field: string | null, values: Array<{ name: string, value: string }> }> } };

export type MonevVillageNameQueryVariables = Exact<{
  code: string;
}>;


export type MonevVillageNameQuery = { region: { code: string, name: string } | null };

export type AddObstacleMutationVariables = Exact<{
  input: AddObstacleInput;
}>;


export type AddObstacleMutation = { addObstacle: { obstacle: { code: string } | null, errors: Array<{ code: string, message: string, field: string | null, values: Array<{ name: string, value: string }> }> } };

export type MonevReportFiguresQueryVariables = Exact<{
  regionCode: string;
  year: number;
  asOfDate?: string | null | undefined;
}>;


export type MonevReportFiguresQuery = { coverage: { asOfDate: string, asOf: string, total: { villages: number, villagesWithApprovedRoster: number, indicators: Array<{ numerator: number | null, denominator: number | null, value: number | null, gap: number | null, onTrack: boolean | null, period: string | null, source: string | null, sourceDate: string | null, indicator: { code: string, kind: string, nameId: string, nameEn: string, formulaId: string, formulaEn: string, sourceId: string, sourceEn: string, lowerIsBetter: boolean }, verified: { numerator: number, declaredNumerator: number, denominator: number, value: number | null, declaredValue: number | null, villagesListed: number, oldestList: string, newestList: string } | null, target: { percent: number, setFor: string, inherited: boolean, setForRegion: { name: string } | null } | null }> } } | null, aparatur: { totalCount: number, nodes: Array<{ code: string, name: string, districtName: string, regencyName: string, lastApprovedAt: string | null, openFindings: number }> | null } | null, bpd: { totalCount: number } | null };

export type NotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsQuery = { notifications: Array<{ kind: string, message: string, villageCode: string, submissionId: string | null, at: string | null, year: number | null }> };

export type PaymentArrearsQueryVariables = Exact<{
  regionCode: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PaymentArrearsQuery = { arrearsSummary: { asOf: string, monthsAllowed: number | null, ruleSource: string | null, yearsWithoutPolicy: Array<number>, total: { people: number, atRisk: number, owed: number } } | null, arrears: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ entryId: string, fullName: string, positionCode: string, positionName: string, monthsOwed: number, owed: number, consecutiveUnpaid: number, atRisk: boolean, months: Array<{ period: string, due: number, paid: number }> }> | null } | null };

export type RecordPaymentMutationVariables = Exact<{
  input: RecordPaymentInput;
}>;


export type RecordPaymentMutation = { recordPayment: { payment: { id: number, period: string, amount: number } | null, errors: Array<{ code: string, message: string, field: string | null, values: Array<{ name: string, value: string }> }> } };

export type ImportPaymentsMutationVariables = Exact<{
  input: ImportPaymentsInput;
}>;


export type ImportPaymentsMutation = { importPayments: { report: { applied: boolean, refused: boolean, added: number, changed: number, unchanged: number, problems: Array<{ line: number, column: string | null, code: string, message: string, values: Array<{ name: string, value: string }> }> } | null, errors: Array<{ code: string, message: string, field: string | null, values: Array<{ name: string, value: string }> }> } };

export type AtRiskQueryVariables = Exact<{
  regionCode: string;
}>;


export type AtRiskQuery = { arrearsSummary: { asOf: string, total: { people: number, atRisk: number } } | null };

export type BudgetPlanFieldsFragment = { id: string, regionCode: string, regionName: string, year: number, revision: number, rosterAsOf: string, computedAt: string, computedBy: string, approvedAt: string | null, total: number, version: number, lines: Array<{ activityCode: string | null, accountCode: string, accountName: string, group: PositionGroup, payer: Payer, people: number, months: number, monthlyPremium: number, total: number, note: string | null }>, computedLines: Array<{ activityCode: string | null, accountCode: string, accountName: string, group: PositionGroup, payer: Payer, people: number, months: number, monthlyPremium: number, total: number, note: string | null }>, previousLines: Array<{ activityCode: string | null, accountCode: string, accountName: string, group: PositionGroup, payer: Payer, people: number, months: number, monthlyPremium: number, total: number, note: string | null }> | null, members: Array<{ entryId: string, fullName: string, positionCode: string, group: PositionGroup }>, rates: Array<{ rateId: number, rateVersion: number, discountId: number | null, rate: { scheme: Scheme, program: Program, percent: number | null, flatAmount: number | null, regulation: string, version: number, toConfirm: boolean } | null, discount: { percent: number, regulation: string } | null }>, submissions: Array<{ id: string, status: SubmissionStatus, submittedAt: string, submittedBy: string, reviewedAt: string | null, reviewedBy: string | null, reason: string | null, total: number, events: Array<{ kind: SubmissionStatus, at: string, by: string, reason: string | null }> }> };

export type BudgetPlanQueryVariables = Exact<{
  villageCode: string;
  year: number;
}>;


export type BudgetPlanQuery = { budgetPlan: { id: string, regionCode: string, regionName: string, year: number, revision: number, rosterAsOf: string, computedAt: string, computedBy: string, approvedAt: string | null, total: number, version: number, lines: Array<{ activityCode: string | null, accountCode: string, accountName: string, group: PositionGroup, payer: Payer, people: number, months: number, monthlyPremium: number, total: number, note: string | null }>, computedLines: Array<{ activityCode: string | null, accountCode: string, accountName: string, group: PositionGroup, payer: Payer, people: number, months: number, monthlyPremium: number, total: number, note: string | null }>, previousLines: Array<{ activityCode: string | null, accountCode: string, accountName: string, group: PositionGroup, payer: Payer, people: number, months: number, monthlyPremium: number, total: number, note: string | null }> | null, members: Array<{ entryId: string, fullName: string, positionCode: string, group: PositionGroup }>, rates: Array<{ rateId: number, rateVersion: number, discountId: number | null, rate: { scheme: Scheme, program: Program, percent: number | null, flatAmount: number | null, regulation: string, version: number, toConfirm: boolean } | null, discount: { percent: number, regulation: string } | null }>, submissions: Array<{ id: string, status: SubmissionStatus, submittedAt: string, submittedBy: string, reviewedAt: string | null, reviewedBy: string | null, reason: string | null, total: number, events: Array<{ kind: SubmissionStatus, at: string, by: string, reason: string | null }> }> } | null };

export type RegencyBudgetPlanQueryVariables = Exact<{
  regencyCode: string;
  year: number;
}>;


export type RegencyBudgetPlanQuery = { regencyBudgetPlan: { id: string, regionCode: string, regionName: string, year: number, revision: number, rosterAsOf: string, computedAt: string, computedBy: string, approvedAt: string | null, total: number, version: number, lines: Array<{ activityCode: string | null, accountCode: string, accountName: string, group: PositionGroup, payer: Payer, people: number, months: number, monthlyPremium: number, total: number, note: string | null }>, computedLines: Array<{ activityCode: string | null, accountCode: string, accountName: string, group: PositionGroup, payer: Payer, people: number, months: number, monthlyPremium: number, total: number, note: string | null }>, previousLines: Array<{ activityCode: string | null, accountCode: string, accountName: string, group: PositionGroup, payer: Payer, people: number, months: number, monthlyPremium: number, total: number, note: string | null }> | null, members: Array<{ entryId: string, fullName: string, positionCode: string, group: PositionGroup }>, rates: Array<{ rateId: number, rateVersion: number, discountId: number | null, rate: { scheme: Scheme, program: Program, percent: number | null, flatAmount: number | null, regulation: string, version: number, toConfirm: boolean } | null, discount: { percent: number, regulation: string } | null }>, submissions: Array<{ id: string, status: SubmissionStatus, submittedAt: string, submittedBy: string, reviewedAt: string | null, reviewedBy: string | null, reason: string | null, total: number, events: Array<{ kind: SubmissionStatus, at: string, by: string, reason: string | null }> }> } | null };

export type BudgetPlanLineFieldsFragment = { activityCode: string | null, accountCode: string, accountName: string, group: PositionGroup, payer: Payer, people: number, months: number, monthlyPremium: number, total: number, note: string | null };

export type ComputeBudgetPlanMutationVariables = Exact<{
  input: ComputeBudgetPlanInput;
}>;


export type ComputeBudgetPlanMutation = { computeBudgetPlan: { budgetPlan: { id: string } | null, errors: Array<{ code: string, field: string | null, message: string, values: Array<{ name: string, value: string }> }> } };

export type AdjustBudgetPlanMutationVariables = Exact<{
  input: AdjustBudgetPlanInput;
}>;


export type AdjustBudgetPlanMutation = { adjustBudgetPlan: { budgetPlan: { id: string } | null, errors: Array<{ code: string, field: string | null, message: string, values: Array<{ name: string, value: string }> }> } };

export type SubmitBudgetPlanMutationVariables = Exact<{
  input: SubmitBudgetPlanInput;
}>;


export type SubmitBudgetPlanMutation = { submitBudgetPlan: { submission: { id: string } | null, errors: Array<{ code: string, field: string | null, message: string, values: Array<{ name: string, value: string }> }> } };

export type WithdrawBudgetPlanMutationVariables = Exact<{
  input: WithdrawBudgetPlanInput;
}>;


export type WithdrawBudgetPlanMutation = { withdrawBudgetPlan: { submission: { id: string } | null, errors: Array<{ code: string, field: string | null, message: string, values: Array<{ name: string, value: string }> }> } };

export type ApproveBudgetPlanMutationVariables = Exact<{
  input: ApproveBudgetPlanInput;
}>;


export type ApproveBudgetPlanMutation = { approveBudgetPlan: { submission: { id: string } | null, errors: Array<{ code: string, field: string | null, message: string, values: Array<{ name: string, value: string }> }> } };

export type ReturnBudgetPlanMutationVariables = Exact<{
  input: ReturnBudgetPlanInput;
}>;


export type ReturnBudgetPlanMutation = { returnBudgetPlan: { submission: { id: string } | null, errors: Array<{ code: string, field: string | null, message: string, values: Array<{ name: string, value: string }> }> } };

export type ComputeRegencyBudgetPlanMutationVariables = Exact<{
  input: ComputeRegencyBudgetPlanInput;
}>;


export type ComputeRegencyBudgetPlanMutation = { computeRegencyBudgetPlan: { budgetPlan: { id: string } | null, errors: Array<{ code: string, field: string | null, message: string, values: Array<{ name: string, value: string }> }> } };

export type AdjustRegencyBudgetPlanMutationVariables = Exact<{
  input: AdjustBudgetPlanInput;
}>;


export type AdjustRegencyBudgetPlanMutation = { adjustRegencyBudgetPlan: { budgetPlan: { id: string } | null, errors: Array<{ code: string, field: string | null, message: string, values: Array<{ name: string, value: string }> }> } };

export type SubmitRegencyBudgetPlanMutationVariables = Exact<{
  input: SubmitBudgetPlanInput;
}>;


export type SubmitRegencyBudgetPlanMutation = { submitRegencyBudgetPlan: { submission: { id: string } | null, errors: Array<{ code: string, field: string | null, message: string, values: Array<{ name: string, value: string }> }> } };

export type WithdrawRegencyBudgetPlanMutationVariables = Exact<{
  input: WithdrawBudgetPlanInput;
}>;


export type WithdrawRegencyBudgetPlanMutation = { withdrawRegencyBudgetPlan: { submission: { id: string } | null, errors: Array<{ code: string, field: string | null, message: string, values: Array<{ name: string, value: string }> }> } };

export type ApproveRegencyBudgetPlanMutationVariables = Exact<{
  input: ApproveBudgetPlanInput;
}>;


export type ApproveRegencyBudgetPlanMutation = { approveRegencyBudgetPlan: { submission: { id: string } | null, errors: Array<{ code: string, field: string | null, message: string, values: Array<{ name: string, value: string }> }> } };

export type ReturnRegencyBudgetPlanMutationVariables = Exact<{
  input: ReturnBudgetPlanInput;
}>;


export type ReturnRegencyBudgetPlanMutation = { returnRegencyBudgetPlan: { submission: { id: string } | null, errors: Array<{ code: string, field: string | null, message: string, values: Array<{ name: string, value: string }> }> } };

export type WaitingBudgetPlansQueryVariables = Exact<{
  regionCode: string;
  level: BudgetPlanLevel;
}>;


export type WaitingBudgetPlansQuery = { budgetPlans: { totalCount: number, nodes: Array<{ id: string, regionCode: string, regionName: string, year: number, revision: number, total: number, submissions: Array<{ submittedAt: string, submittedBy: string }> }> | null } | null };

export type RegencyChoiceQueryVariables = Exact<{
  code: string;
}>;


export type RegencyChoiceQuery = { region: { code: string, name: string, children: { nodes: Array<{ code: string, name: string }> | null } | null } | null };

export type FundingPolicyQueryVariables = Exact<{
  regionCode: string;
  year: number;
}>;


export type FundingPolicyQuery = { fundingPolicy: { id: string, regionCode: string, regionName: string, year: number, regulationNumber: string, regulationDate: string, bpdAccountCode: string | null, bpuDiscountForVillageBudget: boolean, note: string | null, version: number, groups: Array<{ group: PositionGroup, scheme: Scheme, programs: Array<Program>, wageRule: WageBaseRule, wageAmount: number | null, positionWages: Array<{ positionCode: string, amount: number }>, shares: Array<{ program: Program, payer: Payer, percent: number }>, wageBases: Array<{ positionCode: string, positionName: string, amount: number }> }> } | null, fundingPolicies: Array<{ regionCode: string, year: number }> | null, positions: Array<{ code: string, name: string, segment: Segment, isVillageHead: boolean }> };

export type SetFundingPolicyMutationVariables = Exact<{
  input: SetFundingPolicyInput;
}>;


export type SetFundingPolicyMutation = { setFundingPolicy: { fundingPolicy: { regionCode: string, year: number, version: number } | null, errors: Array<{ code: string, field: string | null, message: string, values: Array<{ name: string, value: string }> }> } };

export type CopyFundingPolicyMutationVariables = Exact<{
  input: CopyFundingPolicyInput;
}>;


export type CopyFundingPolicyMutation = { copyFundingPolicy: { fundingPolicy: { regionCode: string, year: number, version: number } | null, errors: Array<{ code: string, field: string | null, message: string, values: Array<{ name: string, value: string }> }> } };

export type RateTableQueryVariables = Exact<{ [key: string]: never; }>;


export type RateTableQuery = { premiumRates: Array<{ id: string, scheme: Scheme, program: Program, percent: number | null, flatAmount: number | null, minimumAmount: number | null, wageCap: number | null, effectiveFrom: string, effectiveUntil: string | null, regulation: string, note: string | null, toConfirm: boolean, version: number, figuresLocked: boolean }>, premiumRateDiscounts: Array<{ id: string, scheme: Scheme, program: Program, percent: number, effectiveFrom: string, effectiveUntil: string, regulation: string, note: string | null, version: number }> };

export type PremiumRateSavedFragment = { premiumRate: { id: string } | null, errors: Array<{ code: string, field: string | null, message: string, values: Array<{ name: string, value: string }> }> };

export type AddPremiumRateMutationVariables = Exact<{
  input: AddPremiumRateInput;
}>;


export type AddPremiumRateMutation = { addPremiumRate: { premiumRate: { id: string } | null, errors: Array<{ code: string, field: string | null, message: string, values: Array<{ name: string, value: string }> }> } };

export type CorrectPremiumRateMutationVariables = Exact<{
  input: CorrectPremiumRateInput;
}>;


export type CorrectPremiumRateMutation = { correctPremiumRate: { premiumRate: { id: string } | null, errors: Array<{ code: string, field: string | null, message: string, values: Array<{ name: string, value: string }> }> } };

export type EndPremiumRateMutationVariables = Exact<{
  input: EndPremiumRateInput;
}>;


export type EndPremiumRateMutation = { endPremiumRate: { premiumRate: { id: string } | null, errors: Array<{ code: string, field: string | null, message: string, values: Array<{ name: string, value: string }> }> } };

export type PremiumRateDiscountSavedFragment = { premiumRateDiscount: { id: string } | null, errors: Array<{ code: string, field: string | null, message: string, values: Array<{ name: string, value: string }> }> };

export type AddPremiumRateDiscountMutationVariables = Exact<{
  input: AddPremiumRateDiscountInput;
}>;


export type AddPremiumRateDiscountMutation = { addPremiumRateDiscount: { premiumRateDiscount: { id: string } | null, errors: Array<{ code: string, field: string | null, message: string, values: Array<{ name: string, value: string }> }> } };

export type EndPremiumRateDiscountMutationVariables = Exact<{
  input: EndPremiumRateDiscountInput;
}>;


export type EndPremiumRateDiscountMutation = { endPremiumRateDiscount: { premiumRateDiscount: { id: string } | null, errors: Array<{ code: string, field: string | null, message: string, values: Array<{ name: string, value: string }> }> } };

export type RegionSearchQueryVariables = Exact<{
  where?: RegionFilterInput | null | undefined;
  first: number;
  after?: string | null | undefined;
  includeRetired?: boolean | null | undefined;
}>;


export type RegionSearchQuery = { regions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ code: string, name: string, level: RegionLevel, kind: RegionKind | null, retiredOn: string | null, ancestors: Array<{ code: string, name: string }> }> | null } | null };

export type RegionRowFragment = { code: string, name: string, level: RegionLevel, kind: RegionKind | null, retiredOn: string | null };

export type RegionChildrenQueryVariables = Exact<{
  code: string;
  first: number;
  after?: string | null | undefined;
  includeRetired?: boolean | null | undefined;
}>;


export type RegionChildrenQuery = { region: { code: string, children: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ code: string, name: string, level: RegionLevel, kind: RegionKind | null, retiredOn: string | null }> | null } | null } | null };

export type RegionDetailQueryVariables = Exact<{
  code: string;
}>;


export type RegionDetailQuery = { region: { parentCode: string | null, code: string, name: string, level: RegionLevel, kind: RegionKind | null, retiredOn: string | null, ancestors: Array<{ code: string, name: string }>, counts: Array<{ level: RegionLevel, kind: RegionKind | null, count: number }>, history: Array<{ kind: RegionChangeKind, oldValue: string | null, newValue: string | null, changedAt: string, changedBy: string, source: string }> } | null };

export type ImportRegionsMutationVariables = Exact<{
  input: ImportRegionsInput;
  changes: number;
}>;


export type ImportRegionsMutation = { importRegions: { report: { rows: number, unchanged: number, added: number, renamed: number, reclassified: number, retired: number, restored: number, applied: boolean, refused: boolean, problemCount: number, changes: Array<{ code: string, name: string, kind: RegionChangeKind, oldValue: string | null, newValue: string | null }>, problemKinds: Array<{ code: string, count: number, first: { line: number, column: string | null, code: string, message: string, messageEn: string } }>, problems: Array<{ line: number, column: string | null, code: string, message: string, messageEn: string }> } | null, errors: Array<{ code: string, message: string, field: string | null, values: Array<{ name: string, value: string }> }> } };

export type RosterFiguresFragment = { inOffice: number, covered: number, termEnded: number, monthlyPremium: number };

export type RosterQueryVariables = Exact<{
  villageCode: string;
}>;


export type RosterQuery = { region: { code: string, name: string, kind: RegionKind | null, level: RegionLevel } | null, rosterSummary: { official: { inOffice: number, covered: number, termEnded: number, monthlyPremium: number }, current: { inOffice: number, covered: number, termEnded: number, monthlyPremium: number } | null } | null, positions: Array<{ code: string }>, people: { totalCount: number, nodes: Array<{ id: string, entryId: string, fullName: string, nik: string, termStart: string, termEnd: string | null, appointment: Appointment, status: RosterStatus, covered: boolean, reviewComment: string | null, position: { code: string, name: string, segment: Segment }, warnings: Array<{ code: string, message: string, date: string | null, villages: string | null, note: string | null }>, payablePremium: { amount: number } | null, arrears: { atRisk: boolean, consecutiveUnpaid: number } | null, enrollment: { kpj: string, programs: Array<Program>, status: EnrollmentStatus } | null }> | null } | null, submissions: { nodes: Array<{ id: string, status: SubmissionStatus, submittedAt: string, reviewedAt: string | null, reason: string | null }> | null } | null, timeline: { totalCount: number, nodes: Array<{ submissionId: string, kind: SubmissionStatus, at: string, by: string, reason: string | null, changes: number }> | null } | null };

export type AddPersonMutationVariables = Exact<{
  input: AddPersonInput;
}>;


export type AddPersonMutation = { addPerson: { person: { id: string, fullName: string, status: RosterStatus } | null, errors: Array<{ code: string, message: string, field: string | null, values: Array<{ name: string, value: string }> }> } };

export type SubmitRosterMutationVariables = Exact<{
  input: SubmitRosterInput;
}>;


export type SubmitRosterMutation = { submitRoster: { submission: { id: string, status: SubmissionStatus, submittedAt: string } | null, errors: Array<{ code: string, message: string, field: string | null, values: Array<{ name: string, value: string }> }> } };

export type VillageSearchQueryVariables = Exact<{
  where: RegionFilterInput;
}>;


export type VillageSearchQuery = { regions: { totalCount: number, nodes: Array<{ code: string, name: string, kind: RegionKind | null }> | null } | null };

export type PersonFormQueryVariables = Exact<{
  villageCode: string;
}>;


export type PersonFormQuery = { region: { code: string, name: string } | null, positions: Array<{ code: string, name: string, segment: Segment, defaultWageBase: number }>, submissions: { nodes: Array<{ id: string, status: SubmissionStatus }> | null } | null };

export type PersonQueryVariables = Exact<{
  id: string | number;
  withPositions?: boolean;
}>;


export type PersonQuery = { positions?: Array<{ code: string, name: string, segment: Segment, defaultWageBase: number }>, person: { id: string, entryId: string, villageCode: string, fullName: string, nik: string, sex: Sex, birthDate: string | null, phone: string | null, termStart: string, termEnd: string | null, skNumber: string | null, skDate: string | null, appointment: Appointment, nikNote: string | null, status: RosterStatus, approvedAt: string | null, reviewComment: string | null, submissionId: string | null, covered: boolean, village: { code: string, name: string } | null, position: { code: string, name: string, segment: Segment, defaultWageBase: number }, payablePremium: { amount: number } | null, enrollment: { kpj: string, scheme: Scheme, programs: Array<Program>, wageBase: number, startDate: string, status: EnrollmentStatus } | null, warnings: Array<{ code: string, message: string, date: string | null, villages: string | null, note: string | null }>, nikConflicts: Array<{ villageCode: string, villageName: string | null, positionCode: string }>, history: Array<{ id: string, status: RosterStatus, approvedAt: string | null, fullName: string, termStart: string, termEnd: string | null, appointment: Appointment, reviewComment: string | null, position: { code: string, name: string }, enrollment: { status: EnrollmentStatus, programs: Array<Program> } | null }> } | null };

export type PersonVillageQueryVariables = Exact<{
  villageCode: string;
}>;


export type PersonVillageQuery = { submissions: { nodes: Array<{ id: string, status: SubmissionStatus }> | null } | null };

export type UpdatePersonMutationVariables = Exact<{
  input: UpdatePersonInput;
}>;


export type UpdatePersonMutation = { updatePerson: { person: { id: string, fullName: string, status: RosterStatus } | null, errors: Array<{ code: string, message: string, field: string | null, values: Array<{ name: string, value: string }> }> } };

export type EndTermMutationVariables = Exact<{
  input: EndTermInput;
}>;


export type EndTermMutation = { endTerm: { person: { id: string, status: RosterStatus } | null, errors: Array<{ code: string, message: string, field: string | null, values: Array<{ name: string, value: string }> }> } };

export type DiscardChangeMutationVariables = Exact<{
  input: DiscardChangeInput;
}>;


export type DiscardChangeMutation = { discardChange: { person: { id: string, status: RosterStatus } | null, errors: Array<{ code: string, message: string, field: string | null, values: Array<{ name: string, value: string }> }> } };

export type ImportRosterMutationVariables = Exact<{
  input: ImportRosterInput;
}>;


export type ImportRosterMutation = { importRoster: { report: { rows: number, added: number, changed: number, ended: number, unchanged: number, applied: boolean, refused: boolean, problemCount: number, warningCount: number, problems: Array<{ line: number, column: string | null, code: string, message: string, villageCode: string | null, values: Array<{ name: string, value: string }> }>, warnings: Array<{ line: number, villageCode: string, code: string, fullName: string, nik: string, positionCode: string, losses: Array<{ field: string, before: string | null, after: string | null }> }>, changes: Array<{ line: number, villageCode: string, kind: string, fullName: string, positionCode: string, fields: Array<{ field: string, before: string | null, after: string | null }> }> } | null, errors: Array<{ code: string, message: string, field: string | null, values: Array<{ name: string, value: string }> }> } };

export type RosterImportPositionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RosterImportPositionsQuery = { positions: Array<{ code: string, name: string, segment: Segment, maxPerVillage: number | null }> };

export type ImportRegionRosterMutationVariables = Exact<{
  input: ImportRegionRosterInput;
}>;


export type ImportRegionRosterMutation = { importRegionRoster: { report: { villageCount: number, added: number, changed: number, ended: number, unchanged: number, applied: boolean, refused: boolean, submissions: number, problemCount: number, warningCount: number, villages: Array<{ villageCode: string, villageName: string, added: number, changed: number, ended: number, unchanged: number, problemCount: number, warningCount: number }>, problems: Array<{ line: number, column: string | null, code: string, message: string, villageCode: string | null, values: Array<{ name: string, value: string }> }>, warnings: Array<{ line: number, villageCode: string, code: string, fullName: string, nik: string, positionCode: string, losses: Array<{ field: string, before: string | null, after: string | null }> }>, changes: Array<{ line: number, villageCode: string, kind: string, fullName: string, positionCode: string, fields: Array<{ field: string, before: string | null, after: string | null }> }> } | null, errors: Array<{ code: string, message: string, field: string | null, values: Array<{ name: string, value: string }> }> } };

export type RegionImportVillageRowsMutationVariables = Exact<{
  input: ImportRegionRosterInput;
  village: string;
}>;


export type RegionImportVillageRowsMutation = { importRegionRoster: { report: { problems: Array<{ line: number, column: string | null, code: string, message: string, villageCode: string | null, values: Array<{ name: string, value: string }> }>, warnings: Array<{ line: number, villageCode: string, code: string, fullName: string, nik: string, positionCode: string, losses: Array<{ field: string, before: string | null, after: string | null }> }>, changes: Array<{ line: number, villageCode: string, kind: string, fullName: string, positionCode: string, fields: Array<{ field: string, before: string | null, after: string | null }> }> } | null, errors: Array<{ code: string, message: string, field: string | null, values: Array<{ name: string, value: string }> }> } };

export type RosterImportRowFieldsFragment = { line: number, villageCode: string, kind: string, fullName: string, positionCode: string, fields: Array<{ field: string, before: string | null, after: string | null }> };

export type RosterImportWarningFieldsFragment = { line: number, villageCode: string, code: string, fullName: string, nik: string, positionCode: string, losses: Array<{ field: string, before: string | null, after: string | null }> };

export type RosterImportProblemFieldsFragment = { line: number, column: string | null, code: string, message: string, villageCode: string | null, values: Array<{ name: string, value: string }> };

export type SubmissionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  where?: SubmissionFilterInput | null | undefined;
  order?: Array<SubmissionSortInput> | SubmissionSortInput | null | undefined;
}>;


export type SubmissionsQuery = { submissions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, villageCode: string, status: SubmissionStatus, submittedAt: string, submittedBy: string, waitingDays: number, reviewedAt: string | null, reviewedBy: string | null, reason: string | null, peopleCount: number, addedCount: number, changedCount: number, endedCount: number, needsCloserLook: boolean, warningCount: number, importedBy: string | null, importedFrom: string | null, village: { name: string } | null }> | null } | null };

export type SubmissionAreasQueryVariables = Exact<{
  code: string;
}>;


export type SubmissionAreasQuery = { region: { code: string, name: string, level: RegionLevel, children: { nodes: Array<{ code: string, name: string }> | null } | null } | null };

export type ReviewChangeFragment = { kind: ChangeKind, person: { id: string, fullName: string, nik: string, reviewComment: string | null, position: { code: string, name: string }, warnings: Array<{ code: string, message: string, date: string | null, villages: string | null, note: string | null }>, nikConflicts: Array<{ villageCode: string, villageName: string | null, positionCode: string }> }, before: { position: { name: string } } | null, fields: Array<{ field: string, before: string | null, after: string | null }> };

export type SubmissionReviewQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type SubmissionReviewQuery = { submission: { id: string, villageCode: string, status: SubmissionStatus, submittedAt: string, submittedBy: string, importedBy: string | null, importedFrom: string | null, waitingDays: number, reviewedAt: string | null, reviewedBy: string | null, reason: string | null, peopleCount: number, addedCount: number, changedCount: number, endedCount: number, village: { name: string } | null, events: Array<{ kind: SubmissionStatus, at: string, by: string, reason: string | null, changes: number }>, comments: Array<{ entryId: string, fullName: string, comment: string }>, changes: Array<{ kind: ChangeKind, person: { id: string, fullName: string, nik: string, reviewComment: string | null, position: { code: string, name: string }, warnings: Array<{ code: string, message: string, date: string | null, villages: string | null, note: string | null }>, nikConflicts: Array<{ villageCode: string, villageName: string | null, positionCode: string }> }, before: { position: { name: string } } | null, fields: Array<{ field: string, before: string | null, after: string | null }> }> } | null, positions: Array<{ code: string, name: string }> };

export type SubmissionChangesPageQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type SubmissionChangesPageQuery = { submission: { id: string, changes: Array<{ kind: ChangeKind, person: { id: string, fullName: string, nik: string, reviewComment: string | null, position: { code: string, name: string }, warnings: Array<{ code: string, message: string, date: string | null, villages: string | null, note: string | null }>, nikConflicts: Array<{ villageCode: string, villageName: string | null, positionCode: string }> }, before: { position: { name: string } } | null, fields: Array<{ field: string, before: string | null, after: string | null }> }> } | null };

export type VillageTimelineQueryVariables = Exact<{
  villageCode: string;
}>;


export type VillageTimelineQuery = { timeline: { totalCount: number, nodes: Array<{ submissionId: string, kind: SubmissionStatus, at: string, by: string, reason: string | null, changes: number }> | null } | null };

export type ApproveSubmissionMutationVariables = Exact<{
  input: ApproveSubmissionInput;
}>;


export type ApproveSubmissionMutation = { approveSubmission: { submission: { id: string, status: SubmissionStatus } | null, errors: Array<{ code: string, message: string, field: string | null, values: Array<{ name: string, value: string }> }> } };

export type ReturnSubmissionMutationVariables = Exact<{
  input: ReturnSubmissionInput;
}>;


export type ReturnSubmissionMutation = { returnSubmission: { submission: { id: string, status: SubmissionStatus, reason: string | null } | null, errors: Array<{ code: string, message: string, field: string | null, values: Array<{ name: string, value: string }> }> } };

export type ReopenSubmissionMutationVariables = Exact<{
  input: ReopenSubmissionInput;
}>;


export type ReopenSubmissionMutation = { reopenSubmission: { submission: { id: string, status: SubmissionStatus, reason: string | null } | null, errors: Array<{ code: string, message: string, field: string | null, values: Array<{ name: string, value: string }> }> } };

export type ApproveSubmissionsMutationVariables = Exact<{
  input: ApproveSubmissionsInput;
}>;


export type ApproveSubmissionsMutation = { approveSubmissions: { summary: { approvedCount: number, approved: Array<string>, left: Array<{ submissionId: string, villageCode: string | null, reason: string }> } | null, errors: Array<{ code: string, message: string, field: string | null }> } };

export type TargetSheetQueryVariables = Exact<{
  regionCode: string;
}>;


export type TargetSheetQuery = { targets: { regionCode: string, rows: Array<{ regionCode: string, regionName: string, year: number, indicator: { code: string }, target: { percent: number, setFor: string, inherited: boolean } }> } | null, indicators: Array<{ code: string, nameId: string, nameEn: string, formulaId: string, formulaEn: string }>, region: { code: string, name: string, children: { nodes: Array<{ code: string, name: string }> | null } | null } | null };

export type SetTargetMutationVariables = Exact<{
  input: SetTargetInput;
}>;


export type SetTargetMutation = { setTarget: { target: { indicator: string, regionCode: string, year: number, percent: number } | null, errors: Array<{ code: string, field: string | null, message: string, values: Array<{ name: string, value: string }> }> } };

export type UcjInputsQueryVariables = Exact<{
  regionCode: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UcjInputsQuery = { ucjInputs: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, regionCode: string, period: string, participantsPu: number, participantsBpu: number, participantsJakon: number, participants: number, workingPopulation: number, value: number, source: string, sourceDate: string, note: string | null, version: number, region: { name: string } }> | null } | null };

export type UcjInputFieldsFragment = { id: string, regionCode: string, period: string, participantsPu: number, participantsBpu: number, participantsJakon: number, participants: number, workingPopulation: number, value: number, source: string, sourceDate: string, note: string | null, version: number, region: { name: string } };

export type UcjRegionsQueryVariables = Exact<{
  code: string;
}>;


export type UcjRegionsQuery = { region: { code: string, name: string, children: { nodes: Array<{ code: string, name: string }> | null } | null } | null };

export type SetUcjInputMutationVariables = Exact<{
  input: SetUcjInputInput;
}>;


export type SetUcjInputMutation = { setUcjInput: { ucjInput: { id: string } | null, errors: Array<{ code: string, message: string, field: string | null, values: Array<{ name: string, value: string }> }> } };

export type RemoveUcjInputMutationVariables = Exact<{
  input: RemoveUcjInputInput;
}>;


export type RemoveUcjInputMutation = { removeUcjInput: { errors: Array<{ code: string, message: string, field: string | null, values: Array<{ name: string, value: string }> }> } };

export type ImportUcjInputsMutationVariables = Exact<{
  input: ImportUcjInputsInput;
}>;


export type ImportUcjInputsMutation = { importUcjInputs: { report: { applied: boolean, refused: boolean, added: number, changed: number, unchanged: number, rows: Array<{ line: number, regionCode: string, period: string, kind: string }>, problems: Array<{ line: number, column: string | null, code: string, message: string, values: Array<{ name: string, value: string }> }> } | null, errors: Array<{ code: string, message: string, field: string | null, values: Array<{ name: string, value: string }> }> } };

export type UsersQueryVariables = Exact<{
  where?: UserFilterInput | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type UsersQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ userName: string, fullName: string, role: UserRole, regionCode: string, status: UserStatus, mustChangePassword: boolean, twoFactorEnabled: boolean, lastSignInAt: string | null, region: { code: string, name: string } | null }> | null } | null };

export type UserRowFragment = { userName: string, fullName: string, role: UserRole, regionCode: string, status: UserStatus, mustChangePassword: boolean, twoFactorEnabled: boolean, lastSignInAt: string | null, region: { code: string, name: string } | null };

export type UserRegionLookupQueryVariables = Exact<{
  name: string;
}>;


export type UserRegionLookupQuery = { regions: { nodes: Array<{ code: string, name: string, level: RegionLevel }> | null } | null };

export type UserDetailQueryVariables = Exact<{
  userName: string;
}>;


export type UserDetailQuery = { user: { email: string | null, phoneNumber: string | null, userName: string, fullName: string, role: UserRole, regionCode: string, status: UserStatus, mustChangePassword: boolean, twoFactorEnabled: boolean, lastSignInAt: string | null, region: { code: string, name: string } | null } | null };

export type UserDetailFieldsFragment = { email: string | null, phoneNumber: string | null, userName: string, fullName: string, role: UserRole, regionCode: string, status: UserStatus, mustChangePassword: boolean, twoFactorEnabled: boolean, lastSignInAt: string | null, region: { code: string, name: string } | null };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { initialPassword: string | null, user: { email: string | null, phoneNumber: string | null, userName: string, fullName: string, role: UserRole, regionCode: string, status: UserStatus, mustChangePassword: boolean, twoFactorEnabled: boolean, lastSignInAt: string | null, region: { code: string, name: string } | null } | null, errors: Array<{ code: string, message: string, field: string | null, values: Array<{ name: string, value: string }> }> } };

export type DisableUserMutationVariables = Exact<{
  input: DisableUserInput;
}>;


export type DisableUserMutation = { disableUser: { user: { email: string | null, phoneNumber: string | null, userName: string, fullName: string, role: UserRole, regionCode: string, status: UserStatus, mustChangePassword: boolean, twoFactorEnabled: boolean, lastSignInAt: string | null, region: { code: string, name: string } | null } | null, errors: Array<{ code: string, message: string, field: string | null, values: Array<{ name: string, value: string }> }> } };

export type EnableUserMutationVariables = Exact<{
  input: EnableUserInput;
}>;


export type EnableUserMutation = { enableUser: { user: { email: string | null, phoneNumber: string | null, userName: string, fullName: string, role: UserRole, regionCode: string, status: UserStatus, mustChangePassword: boolean, twoFactorEnabled: boolean, lastSignInAt: string | null, region: { code: string, name: string } | null } | null, errors: Array<{ code: string, message: string, field: string | null, values: Array<{ name: string, value: string }> }> } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: { initialPassword: string | null, user: { email: string | null, phoneNumber: string | null, userName: string, fullName: string, role: UserRole, regionCode: string, status: UserStatus, mustChangePassword: boolean, twoFactorEnabled: boolean, lastSignInAt: string | null, region: { code: string, name: string } | null } | null, errors: Array<{ code: string, message: string, field: string | null, values: Array<{ name: string, value: string }> }> } };

export type ChangeUserAccessMutationVariables = Exact<{
  input: ChangeUserAccessInput;
}>;


export type ChangeUserAccessMutation = { changeUserAccess: { user: { email: string | null, phoneNumber: string | null, userName: string, fullName: string, role: UserRole, regionCode: string, status: UserStatus, mustChangePassword: boolean, twoFactorEnabled: boolean, lastSignInAt: string | null, region: { code: string, name: string } | null } | null, errors: Array<{ code: string, message: string, field: string | null, values: Array<{ name: string, value: string }> }> } };

export type ImportOperatorsMutationVariables = Exact<{
  input: ImportOperatorsInput;
}>;


export type ImportOperatorsMutation = { importOperators: { report: { applied: boolean, refused: boolean, created: number, rows: Array<{ line: number, userName: string, fullName: string, villageCode: string, initialPassword: string | null }>, problems: Array<{ line: number, column: string | null, code: string, message: string, values: Array<{ name: string, value: string }> }> } | null, errors: Array<{ code: string, message: string, field: string | null, values: Array<{ name: string, value: string }> }> } };

export type DelegableRegionsQueryVariables = Exact<{
  where: RegionFilterInput;
}>;


export type DelegableRegionsQuery = { regions: { totalCount: number, nodes: Array<{ code: string, name: string, level: RegionLevel, kind: RegionKind | null, ancestors: Array<{ code: string, name: string }> }> | null } | null };

export type UserErrorFieldsFragment = { code: string, message: string, field: string | null, values: Array<{ name: string, value: string }> };

export type WithdrawSubmissionMutationVariables = Exact<{
  input: WithdrawSubmissionInput;
}>;


export type WithdrawSubmissionMutation = { withdrawSubmission: { submission: { id: string, status: SubmissionStatus } | null, errors: Array<{ code: string, message: string, field: string | null, values: Array<{ name: string, value: string }> }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const MeFieldsFragmentDoc = new TypedDocumentString(`
    fragment MeFields on Me {
  userName
  fullName
  role
  regionCode
  region {
    code
    name
    level
  }
  timeZone
  mustChangePassword
  twoFactorEnabled
  twoFactorRequired
  sampleData
}
    `, {"fragmentName":"MeFields"}) as unknown as TypedDocumentString<MeFieldsFragment, unknown>;
export const BpjsRunFieldsFragmentDoc = new TypedDocumentString(`
    fragment BpjsRunFields on BpjsReconciliationRun {
  id
  regionCode
  asOf
  fileName
  fileKept
  participants
  uploadedBy
}
    `, {"fragmentName":"BpjsRunFields"}) as unknown as TypedDocumentString<BpjsRunFieldsFragment, unknown>;
export const BpjsGroupFieldsFragmentDoc = new TypedDocumentString(`
    fragment BpjsGroupFields on BpjsReconciliationGroups {
  consistent
  declaredNotActive
  activeNotDeclared
  notActiveNotDeclared
  unmatched
  mismatches
}
    `, {"fragmentName":"BpjsGroupFields"}) as unknown as TypedDocumentString<BpjsGroupFieldsFragment, unknown>;
export const IndicatorFigureFieldsFragmentDoc = new TypedDocumentString(`
    fragment IndicatorFigureFields on IndicatorFigure {
  indicator {
    code
    kind
    nameId
    nameEn
    formulaId
    formulaEn
    sourceId
    sourceEn
    lowerIsBetter
  }
  numerator
  denominator
  value
  gap
  onTrack
  period
  source
  sourceDate
  verified {
    numerator
    declaredNumerator
    denominator
    value
    declaredValue
    villagesListed
    oldestList
    newestList
  }
  target {
    percent
    setFor
    inherited
    setForRegion {
      name
    }
  }
}
    `, {"fragmentName":"IndicatorFigureFields"}) as unknown as TypedDocumentString<IndicatorFigureFieldsFragment, unknown>;
export const CoverageFiguresRowFragmentDoc = new TypedDocumentString(`
    fragment CoverageFiguresRow on CoverageFigures {
  regionCode
  regionName
  peopleInOffice
  peopleCovered
  coveragePercent
  villages
  villagesWithCoverage
  villagesWithApprovedRoster
  indicators {
    ...IndicatorFigureFields
  }
}
    fragment IndicatorFigureFields on IndicatorFigure {
  indicator {
    code
    kind
    nameId
    nameEn
    formulaId
    formulaEn
    sourceId
    sourceEn
    lowerIsBetter
  }
  numerator
  denominator
  value
  gap
  onTrack
  period
  source
  sourceDate
  verified {
    numerator
    declaredNumerator
    denominator
    value
    declaredValue
    villagesListed
    oldestList
    newestList
  }
  target {
    percent
    setFor
    inherited
    setForRegion {
      name
    }
  }
}`, {"fragmentName":"CoverageFiguresRow"}) as unknown as TypedDocumentString<CoverageFiguresRowFragment, unknown>;
export const BudgetGapRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment BudgetGapRowFields on BudgetGapRow {
  regionCode
  regionName
  desa
  desaPriced
  peoplePriced
  peopleUnpriced
  desaWithApprovedPlan
  needed
  planned
  paid
  gapToPlanned
  gapToPaid
  byPayer {
    payer
    needed
    planned
    gap
  }
}
    `, {"fragmentName":"BudgetGapRowFields"}) as unknown as TypedDocumentString<BudgetGapRowFieldsFragment, unknown>;
export const TargetCostRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment TargetCostRowFields on TargetCostRow {
  regionCode
  regionName
  desa
  desaPriced
  unpriced
  cost {
    payer
    amount
  }
  segments {
    segment
    target
    targetSetFor
    inOffice
    covered
    toEnrol
    peoplePriced
    perPerson {
      payer
      amount
    }
    cost {
      payer
      amount
    }
  }
}
    `, {"fragmentName":"TargetCostRowFields"}) as unknown as TypedDocumentString<TargetCostRowFieldsFragment, unknown>;
export const FollowUpActionFieldsFragmentDoc = new TypedDocumentString(`
    fragment FollowUpActionFields on FollowUpAction {
  id
  what
  owner
  ownerName
  dueDate
  status
  isOverdue
  updates {
    at
    by
    note
    status
  }
}
    `, {"fragmentName":"FollowUpActionFields"}) as unknown as TypedDocumentString<FollowUpActionFieldsFragment, unknown>;
export const MonevFindingFieldsFragmentDoc = new TypedDocumentString(`
    fragment MonevFindingFields on MonevFinding {
  id
  villageCode
  village {
    name
  }
  segment
  obstacle {
    code
    nameId
    nameEn
  }
  note
  isOpen
  recordedBy
  recordedAt
  actions {
    ...FollowUpActionFields
  }
}
    fragment FollowUpActionFields on FollowUpAction {
  id
  what
  owner
  ownerName
  dueDate
  status
  isOverdue
  updates {
    at
    by
    note
    status
  }
}`, {"fragmentName":"MonevFindingFields"}) as unknown as TypedDocumentString<MonevFindingFieldsFragment, unknown>;
export const BudgetPlanLineFieldsFragmentDoc = new TypedDocumentString(`
    fragment BudgetPlanLineFields on BudgetPlanLine {
  activityCode
  accountCode
  accountName
  group
  payer
  people
  months
  monthlyPremium
  total
  note
}
    `, {"fragmentName":"BudgetPlanLineFields"}) as unknown as TypedDocumentString<BudgetPlanLineFieldsFragment, unknown>;
export const BudgetPlanFieldsFragmentDoc = new TypedDocumentString(`
    fragment BudgetPlanFields on BudgetPlan {
  id
  regionCode
  regionName
  year
  revision
  rosterAsOf
  computedAt
  computedBy
  approvedAt
  total
  version
  lines {
    ...BudgetPlanLineFields
  }
  computedLines {
    ...BudgetPlanLineFields
  }
  previousLines {
    ...BudgetPlanLineFields
  }
  members {
    entryId
    fullName
    positionCode
    group
  }
  rates {
    rateId
    rateVersion
    discountId
    rate {
      scheme
      program
      percent
      flatAmount
      regulation
      version
      toConfirm
    }
    discount {
      percent
      regulation
    }
  }
  submissions {
    id
    status
    submittedAt
    submittedBy
    reviewedAt
    reviewedBy
    reason
    total
    events {
      kind
      at
      by
      reason
    }
  }
}
    fragment BudgetPlanLineFields on BudgetPlanLine {
  activityCode
  accountCode
  accountName
  group
  payer
  people
  months
  monthlyPremium
  total
  note
}`, {"fragmentName":"BudgetPlanFields"}) as unknown as TypedDocumentString<BudgetPlanFieldsFragment, unknown>;
export const PremiumRateSavedFragmentDoc = new TypedDocumentString(`
    fragment PremiumRateSaved on PremiumRatePayload {
  premiumRate {
    id
  }
  errors {
    code
    field
    message
    values {
      name
      value
    }
  }
}
    `, {"fragmentName":"PremiumRateSaved"}) as unknown as TypedDocumentString<PremiumRateSavedFragment, unknown>;
export const PremiumRateDiscountSavedFragmentDoc = new TypedDocumentString(`
    fragment PremiumRateDiscountSaved on PremiumRateDiscountPayload {
  premiumRateDiscount {
    id
  }
  errors {
    code
    field
    message
    values {
      name
      value
    }
  }
}
    `, {"fragmentName":"PremiumRateDiscountSaved"}) as unknown as TypedDocumentString<PremiumRateDiscountSavedFragment, unknown>;
export const RegionRowFragmentDoc = new TypedDocumentString(`
    fragment RegionRow on Region {
  code
  name
  level
  kind
  retiredOn
}
    `, {"fragmentName":"RegionRow"}) as unknown as TypedDocumentString<RegionRowFragment, unknown>;
export const RosterFiguresFragmentDoc = new TypedDocumentString(`
    fragment RosterFigures on RosterFigures {
  inOffice
  covered
  termEnded
  monthlyPremium
}
    `, {"fragmentName":"RosterFigures"}) as unknown as TypedDocumentString<RosterFiguresFragment, unknown>;
export const RosterImportRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment RosterImportRowFields on RosterImportRow {
  line
  villageCode
  kind
  fullName
  positionCode
  fields {
    field
    before
    after
  }
}
    `, {"fragmentName":"RosterImportRowFields"}) as unknown as TypedDocumentString<RosterImportRowFieldsFragment, unknown>;
export const RosterImportWarningFieldsFragmentDoc = new TypedDocumentString(`
    fragment RosterImportWarningFields on RosterImportWarning {
  line
  villageCode
  code
  fullName
  nik
  positionCode
  losses {
    field
    before
    after
  }
}
    `, {"fragmentName":"RosterImportWarningFields"}) as unknown as TypedDocumentString<RosterImportWarningFieldsFragment, unknown>;
export const RosterImportProblemFieldsFragmentDoc = new TypedDocumentString(`
    fragment RosterImportProblemFields on RosterImportProblem {
  line
  column
  code
  message
  villageCode
  values {
    name
    value
  }
}
    `, {"fragmentName":"RosterImportProblemFields"}) as unknown as TypedDocumentString<RosterImportProblemFieldsFragment, unknown>;
export const ReviewChangeFragmentDoc = new TypedDocumentString(`
    fragment ReviewChange on RosterChange {
  kind
  person {
    id
    fullName
    nik
    position {
      code
      name
    }
    reviewComment
    warnings {
      code
      message
      date
      villages
      note
    }
    nikConflicts {
      villageCode
      villageName
      positionCode
    }
  }
  before {
    position {
      name
    }
  }
  fields {
    field
    before
    after
  }
}
    `, {"fragmentName":"ReviewChange"}) as unknown as TypedDocumentString<ReviewChangeFragment, unknown>;
export const UcjInputFieldsFragmentDoc = new TypedDocumentString(`
    fragment UcjInputFields on UcjInput {
  id
  regionCode
  region {
    name
  }
  period
  participantsPu
  participantsBpu
  participantsJakon
  participants
  workingPopulation
  value
  source
  sourceDate
  note
  version
}
    `, {"fragmentName":"UcjInputFields"}) as unknown as TypedDocumentString<UcjInputFieldsFragment, unknown>;
export const UserRowFragmentDoc = new TypedDocumentString(`
    fragment UserRow on User {
  userName
  fullName
  role
  regionCode
  region {
    code
    name
  }
  status
  mustChangePassword
  twoFactorEnabled
  lastSignInAt
}
    `, {"fragmentName":"UserRow"}) as unknown as TypedDocumentString<UserRowFragment, unknown>;
export const UserDetailFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserDetailFields on User {
  ...UserRow
  email
  phoneNumber
}
    fragment UserRow on User {
  userName
  fullName
  role
  regionCode
  region {
    code
    name
  }
  status
  mustChangePassword
  twoFactorEnabled
  lastSignInAt
}`, {"fragmentName":"UserDetailFields"}) as unknown as TypedDocumentString<UserDetailFieldsFragment, unknown>;
export const UserErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserErrorFields on UserError {
  code
  message
  field
  values {
    name
    value
  }
}
    `, {"fragmentName":"UserErrorFields"}) as unknown as TypedDocumentString<UserErrorFieldsFragment, unknown>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    me {
      ...MeFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment MeFields on Me {
  userName
  fullName
  role
  regionCode
  region {
    code
    name
    level
  }
  timeZone
  mustChangePassword
  twoFactorEnabled
  twoFactorRequired
  sampleData
}
fragment UserErrorFields on UserError {
  code
  message
  field
  values {
    name
    value
  }
}`, {"hash":"sha256:d8d3927e97547521526b8415dd76b08e7bfa8cd43f29b05a63266a8af722c5f9"}) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const BeginTwoFactorSetupDocument = new TypedDocumentString(`
    mutation BeginTwoFactorSetup {
  beginTwoFactorSetup {
    sharedKey
    authenticatorUri
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  values {
    name
    value
  }
}`, {"hash":"sha256:a145e86475d28c1dda4b418b5c493b8b5b63490766725c625a376ae2a0e04a62"}) as unknown as TypedDocumentString<BeginTwoFactorSetupMutation, BeginTwoFactorSetupMutationVariables>;
export const EnableTwoFactorDocument = new TypedDocumentString(`
    mutation EnableTwoFactor($input: EnableTwoFactorInput!) {
  enableTwoFactor(input: $input) {
    me {
      ...MeFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment MeFields on Me {
  userName
  fullName
  role
  regionCode
  region {
    code
    name
    level
  }
  timeZone
  mustChangePassword
  twoFactorEnabled
  twoFactorRequired
  sampleData
}
fragment UserErrorFields on UserError {
  code
  message
  field
  values {
    name
    value
  }
}`, {"hash":"sha256:2cad973bf465f6aa1ffeded8467b3c82e23542ac1df19421a1b7f1d9cd998d76"}) as unknown as TypedDocumentString<EnableTwoFactorMutation, EnableTwoFactorMutationVariables>;
export const DisableTwoFactorDocument = new TypedDocumentString(`
    mutation DisableTwoFactor($input: DisableTwoFactorInput!) {
  disableTwoFactor(input: $input) {
    me {
      ...MeFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment MeFields on Me {
  userName
  fullName
  role
  regionCode
  region {
    code
    name
    level
  }
  timeZone
  mustChangePassword
  twoFactorEnabled
  twoFactorRequired
  sampleData
}
fragment UserErrorFields on UserError {
  code
  message
  field
  values {
    name
    value
  }
}`, {"hash":"sha256:0bdecf67d5cb1c9c2187a67dc7174b043fb6d8c3219b300c52265feb47c70203"}) as unknown as TypedDocumentString<DisableTwoFactorMutation, DisableTwoFactorMutationVariables>;
export const AuditTrailDocument = new TypedDocumentString(`
    query AuditTrail($where: AuditEntryFilterInput, $from: DateTime, $to: DateTime, $first: Int!, $after: String) {
  auditTrail(
    where: $where
    from: $from
    to: $to
    first: $first
    after: $after
    order: [{at: DESC}]
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      at
      userName
      role
      scope
      module
      entity
      entityId
      regionCode
      region {
        name
      }
      action
      before
      after
      requestId
    }
  }
}
    `, {"hash":"sha256:bc5efb8936b3aa5bca96fc904ab2cb2c9b89824d2f52478dea4086ae1d2dc60a"}) as unknown as TypedDocumentString<AuditTrailQuery, AuditTrailQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...MeFields
  }
}
    fragment MeFields on Me {
  userName
  fullName
  role
  regionCode
  region {
    code
    name
    level
  }
  timeZone
  mustChangePassword
  twoFactorEnabled
  twoFactorRequired
  sampleData
}`, {"hash":"sha256:71c6c9f5af6ca0bc3e3382fa722a10cf596d8e7fba78d4e2486de0417480bd89"}) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const BpjsReconciliationDocument = new TypedDocumentString(`
    query BpjsReconciliation($regionCode: String!, $runId: ID, $group: BpjsReconciliationGroup, $skip: Int, $take: Int) {
  bpjsReconciliation(regionCode: $regionCode, runId: $runId) {
    regionCode
    runs {
      ...BpjsRunFields
    }
    run {
      ...BpjsRunFields
    }
    basedOn {
      run {
        ...BpjsRunFields
      }
      villages
    }
    villages
    villagesWithoutList
    groups {
      ...BpjsGroupFields
    }
    regions {
      regionCode
      name
      groups {
        ...BpjsGroupFields
      }
    }
    results(group: $group, skip: $skip, take: $take) {
      totalCount
      nodes {
        id
        regionCode
        group
        nik
        kpj
        rosterName
        bpjsName
        segment
        programs
        activeAtBpjs
        protectedAtBpjs
        lastPaidMonth
        nameMismatch
        birthDateMismatch
        formerOfficial {
          villageCode
          villageName
          termEnd
        }
      }
    }
    history {
      run {
        id
        asOf
        fileName
        fileKept
      }
      groups {
        ...BpjsGroupFields
      }
    }
    moves(first: 100) {
      since {
        asOf
        fileName
      }
      totalCount
      nodes {
        regionCode
        name
        nik
        from
        to
      }
    }
  }
}
    fragment BpjsRunFields on BpjsReconciliationRun {
  id
  regionCode
  asOf
  fileName
  fileKept
  participants
  uploadedBy
}
fragment BpjsGroupFields on BpjsReconciliationGroups {
  consistent
  declaredNotActive
  activeNotDeclared
  notActiveNotDeclared
  unmatched
  mismatches
}`, {"hash":"sha256:4a451edbd36ed61714c1caf336031a8ecb6db13b43a7c3792158f03983ead91d"}) as unknown as TypedDocumentString<BpjsReconciliationQuery, BpjsReconciliationQueryVariables>;
export const UploadBpjsListDocument = new TypedDocumentString(`
    mutation UploadBpjsList($input: UploadBpjsParticipantListInput!) {
  uploadBpjsParticipantList(input: $input) {
    report {
      applied
      refused
      participants
      groups {
        ...BpjsGroupFields
      }
      problems {
        line
        column
        code
        message
        values {
          name
          value
        }
      }
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment BpjsGroupFields on BpjsReconciliationGroups {
  consistent
  declaredNotActive
  activeNotDeclared
  notActiveNotDeclared
  unmatched
  mismatches
}
fragment UserErrorFields on UserError {
  code
  message
  field
  values {
    name
    value
  }
}`, {"hash":"sha256:37b17b161c31fccfd0e5dd2def4ca05765bea02fdec24baa31085f069c9c9f5e"}) as unknown as TypedDocumentString<UploadBpjsListMutation, UploadBpjsListMutationVariables>;
export const TakeBpjsStatusDocument = new TypedDocumentString(`
    mutation TakeBpjsStatus($input: TakeBpjsStatusInput!) {
  takeBpjsStatus(input: $input) {
    person {
      id
      status
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  values {
    name
    value
  }
}`, {"hash":"sha256:1ee33d92e0557f800bebb0d67ab3d0e9ad3b09d90d984bdbb105c148f014862c"}) as unknown as TypedDocumentString<TakeBpjsStatusMutation, TakeBpjsStatusMutationVariables>;
export const BpjsActiveNotDeclaredDocument = new TypedDocumentString(`
    query BpjsActiveNotDeclared($villageCode: String!) {
  bpjsReconciliation(regionCode: $villageCode) {
    basedOn {
      run {
        id
        asOf
      }
    }
    results(group: ACTIVE_NOT_DECLARED, take: 500) {
      nodes {
        id
        entryId
      }
    }
  }
}
    `, {"hash":"sha256:d7c33d9f4fd7895f8f79bdadb90b6e16d83315f32569a730941a9c611d9a2895"}) as unknown as TypedDocumentString<BpjsActiveNotDeclaredQuery, BpjsActiveNotDeclaredQueryVariables>;
export const CoverageDocument = new TypedDocumentString(`
    query Coverage($regionCode: String!, $year: Int!) {
  coverage(regionCode: $regionCode, year: $year) {
    year
    asOf
    asOfDate
    region {
      code
      name
      level
    }
    total {
      ...CoverageFiguresRow
    }
    byRegion {
      ...CoverageFiguresRow
    }
    bySegment {
      segment
      peopleInOffice
      peopleCovered
      coveragePercent
    }
    pendingChanges
  }
}
    fragment CoverageFiguresRow on CoverageFigures {
  regionCode
  regionName
  peopleInOffice
  peopleCovered
  coveragePercent
  villages
  villagesWithCoverage
  villagesWithApprovedRoster
  indicators {
    ...IndicatorFigureFields
  }
}
fragment IndicatorFigureFields on IndicatorFigure {
  indicator {
    code
    kind
    nameId
    nameEn
    formulaId
    formulaEn
    sourceId
    sourceEn
    lowerIsBetter
  }
  numerator
  denominator
  value
  gap
  onTrack
  period
  source
  sourceDate
  verified {
    numerator
    declaredNumerator
    denominator
    value
    declaredValue
    villagesListed
    oldestList
    newestList
  }
  target {
    percent
    setFor
    inherited
    setForRegion {
      name
    }
  }
}`, {"hash":"sha256:cf13aa34879a32b6d3508784c4560910a843cf8c11565bc49e3fc029c53c39f5"}) as unknown as TypedDocumentString<CoverageQuery, CoverageQueryVariables>;
export const IndicatorSeriesDocument = new TypedDocumentString(`
    query IndicatorSeries($regionCode: String!, $indicator: String!) {
  indicatorSeries(regionCode: $regionCode, indicator: $indicator, months: 24) {
    points {
      asOfDate
      value
    }
    targets {
      year
      target {
        percent
      }
    }
    trendPerMonth
    projections {
      year
      target
      projectedValue
      onTrack
      monthsLeft
      unitsNeeded
      unitsPerMonth
    }
  }
}
    `, {"hash":"sha256:0ee660263d0e3561ddd5e0e8656bb2c7ecc11526236052b2bbcd2e23b87c4382"}) as unknown as TypedDocumentString<IndicatorSeriesQuery, IndicatorSeriesQueryVariables>;
export const BudgetGapDocument = new TypedDocumentString(`
    query BudgetGap($regionCode: String!, $year: Int!) {
  budgetGap(regionCode: $regionCode, year: $year) {
    regionCode
    regionName
    year
    rosterAsOf
    paidThrough
    total {
      ...BudgetGapRowFields
    }
    children {
      ...BudgetGapRowFields
    }
  }
}
    fragment BudgetGapRowFields on BudgetGapRow {
  regionCode
  regionName
  desa
  desaPriced
  peoplePriced
  peopleUnpriced
  desaWithApprovedPlan
  needed
  planned
  paid
  gapToPlanned
  gapToPaid
  byPayer {
    payer
    needed
    planned
    gap
  }
}`, {"hash":"sha256:cc7048ae19fddb79a86133523df5a3140f80cebb61e1b391f318d46df370db18"}) as unknown as TypedDocumentString<BudgetGapQuery, BudgetGapQueryVariables>;
export const TargetCostDocument = new TypedDocumentString(`
    query TargetCost($regionCode: String!, $year: Int!, $switches: ScenarioSwitchesInput) {
  targetCost(regionCode: $regionCode, year: $year, switches: $switches) {
    regionCode
    year
    asOf
    scenario
    targetYears
    policyYears {
      regencyCode
      year
    }
    total {
      ...TargetCostRowFields
    }
    children {
      ...TargetCostRowFields
    }
  }
}
    fragment TargetCostRowFields on TargetCostRow {
  regionCode
  regionName
  desa
  desaPriced
  unpriced
  cost {
    payer
    amount
  }
  segments {
    segment
    target
    targetSetFor
    inOffice
    covered
    toEnrol
    peoplePriced
    perPerson {
      payer
      amount
    }
    cost {
      payer
      amount
    }
  }
}`, {"hash":"sha256:33d0b2040a56837843266538357d51b868c1c44925a33c0ed0a6109cfe5c5e19"}) as unknown as TypedDocumentString<TargetCostQuery, TargetCostQueryVariables>;
export const LaggingVillagesDocument = new TypedDocumentString(`
    query LaggingVillages($regionCode: String!, $segment: String!, $kind: LagKind!, $within: String, $orderBy: LagOrder, $descending: Boolean, $first: Int, $after: String) {
  laggingVillages(
    regionCode: $regionCode
    segment: $segment
    kind: $kind
    within: $within
    orderBy: $orderBy
    descending: $descending
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      code
      name
      districtName
      regencyName
      inOffice
      covered
      coveragePercent
      target {
        percent
        setFor
      }
      lastApprovedAt
      openFindings
    }
  }
}
    `, {"hash":"sha256:28c0c899d95df937cb7138621d0744af4034a2d0c6e8a29b7a59180d49eba396"}) as unknown as TypedDocumentString<LaggingVillagesQuery, LaggingVillagesQueryVariables>;
export const LagAreasDocument = new TypedDocumentString(`
    query LagAreas($code: String!) {
  region(code: $code) {
    code
    name
    level
    children(first: 200) {
      nodes {
        code
        name
        level
      }
    }
  }
}
    `, {"hash":"sha256:df68318bfa25b0367f25e3d1f12c811ffe614815ea9ece5f324b8fd820c0ec0f"}) as unknown as TypedDocumentString<LagAreasQuery, LagAreasQueryVariables>;
export const MonevMeetingsDocument = new TypedDocumentString(`
    query MonevMeetings($first: Int, $after: String, $where: MonevMeetingFilterInput, $order: [MonevMeetingSortInput!]) {
  monevMeetings(first: $first, after: $after, where: $where, order: $order) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      regionCode
      region {
        name
      }
      date
      place
      findings {
        id
        isOpen
      }
    }
  }
}
    `, {"hash":"sha256:ed19a69981152454a5d85483a64b6d8536ac5088977c75718d682cc28e0fb748"}) as unknown as TypedDocumentString<MonevMeetingsQuery, MonevMeetingsQueryVariables>;
export const MonevMeetingDocument = new TypedDocumentString(`
    query MonevMeeting($id: ID!) {
  monevMeeting(id: $id) {
    id
    regionCode
    region {
      name
      level
    }
    date
    place
    participants
    summary
    recordedBy
    findings {
      ...MonevFindingFields
    }
  }
}
    fragment FollowUpActionFields on FollowUpAction {
  id
  what
  owner
  ownerName
  dueDate
  status
  isOverdue
  updates {
    at
    by
    note
    status
  }
}
fragment MonevFindingFields on MonevFinding {
  id
  villageCode
  village {
    name
  }
  segment
  obstacle {
    code
    nameId
    nameEn
  }
  note
  isOpen
  recordedBy
  recordedAt
  actions {
    ...FollowUpActionFields
  }
}`, {"hash":"sha256:7b8c6bd33703e3e9726f5e2c2e4ee81866c1a2407cb720d25751fa2f8b609993"}) as unknown as TypedDocumentString<MonevMeetingQuery, MonevMeetingQueryVariables>;
export const VillageFindingsDocument = new TypedDocumentString(`
    query VillageFindings($villageCode: String!, $first: Int, $after: String) {
  monevFindings(
    first: $first
    after: $after
    where: {villageCode: {eq: $villageCode}}
    order: [{recordedAt: DESC}]
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...MonevFindingFields
      meeting {
        id
        date
        place
      }
    }
  }
}
    fragment FollowUpActionFields on FollowUpAction {
  id
  what
  owner
  ownerName
  dueDate
  status
  isOverdue
  updates {
    at
    by
    note
    status
  }
}
fragment MonevFindingFields on MonevFinding {
  id
  villageCode
  village {
    name
  }
  segment
  obstacle {
    code
    nameId
    nameEn
  }
  note
  isOpen
  recordedBy
  recordedAt
  actions {
    ...FollowUpActionFields
  }
}`, {"hash":"sha256:6b1963c9036b284fd08314edd24698cf03e82de3b63a33f257d17a98fe045df2"}) as unknown as TypedDocumentString<VillageFindingsQuery, VillageFindingsQueryVariables>;
export const OverdueActionsDocument = new TypedDocumentString(`
    query OverdueActions($regionCode: String!, $first: Int, $after: String) {
  overdueActions(regionCode: $regionCode, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      what
      owner
      ownerName
      dueDate
      status
      villageCode
      village {
        name
      }
      finding {
        meetingId
      }
    }
  }
}
    `, {"hash":"sha256:b4fb904fb10bef0df7975a25be63681125eccbc7cf6ff50d8426dc55c70e8982"}) as unknown as TypedDocumentString<OverdueActionsQuery, OverdueActionsQueryVariables>;
export const ObstaclesDocument = new TypedDocumentString(`
    query Obstacles {
  obstacles {
    code
    nameId
    nameEn
    isBuiltIn
  }
}
    `, {"hash":"sha256:f66f0089cc4c4c2ac7e01b5388b9177ee8d3cbd0469063337d5bb20d070a2cac"}) as unknown as TypedDocumentString<ObstaclesQuery, ObstaclesQueryVariables>;
export const MonevVillagesDocument = new TypedDocumentString(`
    query MonevVillages($where: RegionFilterInput!) {
  regions(where: $where, first: 20) {
    nodes {
      code
      name
    }
  }
}
    `, {"hash":"sha256:808b6acb052e5a0357e2f1fb186c53458708e61b0e3b0fd72c6c10cbff02fafe"}) as unknown as TypedDocumentString<MonevVillagesQuery, MonevVillagesQueryVariables>;
export const RecordMonevMeetingDocument = new TypedDocumentString(`
    mutation RecordMonevMeeting($input: RecordMonevMeetingInput!) {
  recordMonevMeeting(input: $input) {
    meeting {
      id
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  values {
    name
    value
  }
}`, {"hash":"sha256:c620b79007f07f11c2089862f72d924311d965a413aa1deeda699f886d9ae2c1"}) as unknown as TypedDocumentString<RecordMonevMeetingMutation, RecordMonevMeetingMutationVariables>;
export const AddMonevFindingDocument = new TypedDocumentString(`
    mutation AddMonevFinding($input: AddMonevFindingInput!) {
  addMonevFinding(input: $input) {
    finding {
      id
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  values {
    name
    value
  }
}`, {"hash":"sha256:03eecc151976077dc199d460927baa892d0b4f603522bd71bbde9dfe220f9932"}) as unknown as TypedDocumentString<AddMonevFindingMutation, AddMonevFindingMutationVariables>;
export const AddFollowUpActionDocument = new TypedDocumentString(`
    mutation AddFollowUpAction($input: AddFollowUpActionInput!) {
  addFollowUpAction(input: $input) {
    action {
      id
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  values {
    name
    value
  }
}`, {"hash":"sha256:7798220f54813fe14750fa7343154a2043db0695185c458e2bdaf482f88becd1"}) as unknown as TypedDocumentString<AddFollowUpActionMutation, AddFollowUpActionMutationVariables>;
export const ChangeActionStatusDocument = new TypedDocumentString(`
    mutation ChangeActionStatus($input: ChangeActionStatusInput!) {
  changeActionStatus(input: $input) {
    action {
      ...FollowUpActionFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment FollowUpActionFields on FollowUpAction {
  id
  what
  owner
  ownerName
  dueDate
  status
  isOverdue
  updates {
    at
    by
    note
    status
  }
}
fragment UserErrorFields on UserError {
  code
  message
  field
  values {
    name
    value
  }
}`, {"hash":"sha256:3e2775af1a4ddd386d2226e9b019ead32ee7d61fb1cf5719f1d78fd8be8d902e"}) as unknown as TypedDocumentString<ChangeActionStatusMutation, ChangeActionStatusMutationVariables>;
export const AddActionNoteDocument = new TypedDocumentString(`
    mutation AddActionNote($input: AddActionNoteInput!) {
  addActionNote(input: $input) {
    action {
      ...FollowUpActionFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment FollowUpActionFields on FollowUpAction {
  id
  what
  owner
  ownerName
  dueDate
  status
  isOverdue
  updates {
    at
    by
    note
    status
  }
}
fragment UserErrorFields on UserError {
  code
  message
  field
  values {
    name
    value
  }
}`, {"hash":"sha256:45bded262eb20713443d8d00be85ebdfd502973d14542cb4b14a3443c922680f"}) as unknown as TypedDocumentString<AddActionNoteMutation, AddActionNoteMutationVariables>;
export const MonevVillageNameDocument = new TypedDocumentString(`
    query MonevVillageName($code: String!) {
  region(code: $code) {
    code
    name
  }
}
    `, {"hash":"sha256:1fcf81d52a60229c0c97a4fcd32917992c1e4c6599080147c25250c304a255e4"}) as unknown as TypedDocumentString<MonevVillageNameQuery, MonevVillageNameQueryVariables>;
export const AddObstacleDocument = new TypedDocumentString(`
    mutation AddObstacle($input: AddObstacleInput!) {
  addObstacle(input: $input) {
    obstacle {
      code
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  values {
    name
    value
  }
}`, {"hash":"sha256:6eeedd5d1f7ae220084ee9c12f2642ff5a0d4b8bcf57029972416d7b5002ee19"}) as unknown as TypedDocumentString<AddObstacleMutation, AddObstacleMutationVariables>;
export const MonevReportFiguresDocument = new TypedDocumentString(`
    query MonevReportFigures($regionCode: String!, $year: Int!, $asOfDate: Date) {
  coverage(regionCode: $regionCode, year: $year, asOfDate: $asOfDate) {
    asOfDate
    asOf
    total {
      villages
      villagesWithApprovedRoster
      indicators {
        ...IndicatorFigureFields
      }
    }
  }
  aparatur: laggingVillages(
    regionCode: $regionCode
    segment: "APARATUR_DESA"
    kind: NO_COVERAGE
    first: 200
  ) {
    totalCount
    nodes {
      code
      name
      districtName
      regencyName
      lastApprovedAt
      openFindings
    }
  }
  bpd: laggingVillages(
    regionCode: $regionCode
    segment: "BPD"
    kind: NO_COVERAGE
    first: 1
  ) {
    totalCount
  }
}
    fragment IndicatorFigureFields on IndicatorFigure {
  indicator {
    code
    kind
    nameId
    nameEn
    formulaId
    formulaEn
    sourceId
    sourceEn
    lowerIsBetter
  }
  numerator
  denominator
  value
  gap
  onTrack
  period
  source
  sourceDate
  verified {
    numerator
    declaredNumerator
    denominator
    value
    declaredValue
    villagesListed
    oldestList
    newestList
  }
  target {
    percent
    setFor
    inherited
    setForRegion {
      name
    }
  }
}`, {"hash":"sha256:d849707cbf2d618d23d62ed058530b21bf511b0f28dfab30bcddf52d9e209537"}) as unknown as TypedDocumentString<MonevReportFiguresQuery, MonevReportFiguresQueryVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications {
  notifications {
    kind
    message
    villageCode
    submissionId
    at
    year
  }
}
    `, {"hash":"sha256:9df4457f48716556b569e1c1e9fbdab089e9e9d50f3898d033d3e46b6c517cf9"}) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const PaymentArrearsDocument = new TypedDocumentString(`
    query PaymentArrears($regionCode: String!, $first: Int, $after: String) {
  arrearsSummary(regionCode: $regionCode) {
    asOf
    monthsAllowed
    ruleSource
    yearsWithoutPolicy
    total {
      people
      atRisk
      owed
    }
  }
  arrears(regionCode: $regionCode, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      entryId
      fullName
      positionCode
      positionName
      monthsOwed
      owed
      consecutiveUnpaid
      atRisk
      months {
        period
        due
        paid
      }
    }
  }
}
    `, {"hash":"sha256:1049116be1e2f12ad94027c01e5efba97646cfeb8c8afefc87b939d89e5d5c32"}) as unknown as TypedDocumentString<PaymentArrearsQuery, PaymentArrearsQueryVariables>;
export const RecordPaymentDocument = new TypedDocumentString(`
    mutation RecordPayment($input: RecordPaymentInput!) {
  recordPayment(input: $input) {
    payment {
      id
      period
      amount
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  values {
    name
    value
  }
}`, {"hash":"sha256:a0608497f3fc8ed50b4b2e95312670487e5d839135bf1bd2a024855c4cae59d3"}) as unknown as TypedDocumentString<RecordPaymentMutation, RecordPaymentMutationVariables>;
export const ImportPaymentsDocument = new TypedDocumentString(`
    mutation ImportPayments($input: ImportPaymentsInput!) {
  importPayments(input: $input) {
    report {
      applied
      refused
      added
      changed
      unchanged
      problems {
        line
        column
        code
        message
        values {
          name
          value
        }
      }
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  values {
    name
    value
  }
}`, {"hash":"sha256:909ce37df27585f395b87ad88036ff91b99a18dcc9f49cb91d3a22e993dd01df"}) as unknown as TypedDocumentString<ImportPaymentsMutation, ImportPaymentsMutationVariables>;
export const AtRiskDocument = new TypedDocumentString(`
    query AtRisk($regionCode: String!) {
  arrearsSummary(regionCode: $regionCode) {
    asOf
    total {
      people
      atRisk
    }
  }
}
    `, {"hash":"sha256:546f4279257be65f5f536ca15fa102056c935d86264cce7439ecf6d287d285e4"}) as unknown as TypedDocumentString<AtRiskQuery, AtRiskQueryVariables>;
export const BudgetPlanDocument = new TypedDocumentString(`
    query BudgetPlan($villageCode: String!, $year: Int!) {
  budgetPlan(villageCode: $villageCode, year: $year) {
    ...BudgetPlanFields
  }
}
    fragment BudgetPlanFields on BudgetPlan {
  id
  regionCode
  regionName
  year
  revision
  rosterAsOf
  computedAt
  computedBy
  approvedAt
  total
  version
  lines {
    ...BudgetPlanLineFields
  }
  computedLines {
    ...BudgetPlanLineFields
  }
  previousLines {
    ...BudgetPlanLineFields
  }
  members {
    entryId
    fullName
    positionCode
    group
  }
  rates {
    rateId
    rateVersion
    discountId
    rate {
      scheme
      program
      percent
      flatAmount
      regulation
      version
      toConfirm
    }
    discount {
      percent
      regulation
    }
  }
  submissions {
    id
    status
    submittedAt
    submittedBy
    reviewedAt
    reviewedBy
    reason
    total
    events {
      kind
      at
      by
      reason
    }
  }
}
fragment BudgetPlanLineFields on BudgetPlanLine {
  activityCode
  accountCode
  accountName
  group
  payer
  people
  months
  monthlyPremium
  total
  note
}`, {"hash":"sha256:30f7316f121f28e20bb63aeef625abd8f643f236d365119bbf3c18f221091119"}) as unknown as TypedDocumentString<BudgetPlanQuery, BudgetPlanQueryVariables>;
export const RegencyBudgetPlanDocument = new TypedDocumentString(`
    query RegencyBudgetPlan($regencyCode: String!, $year: Int!) {
  regencyBudgetPlan(regencyCode: $regencyCode, year: $year) {
    ...BudgetPlanFields
  }
}
    fragment BudgetPlanFields on BudgetPlan {
  id
  regionCode
  regionName
  year
  revision
  rosterAsOf
  computedAt
  computedBy
  approvedAt
  total
  version
  lines {
    ...BudgetPlanLineFields
  }
  computedLines {
    ...BudgetPlanLineFields
  }
  previousLines {
    ...BudgetPlanLineFields
  }
  members {
    entryId
    fullName
    positionCode
    group
  }
  rates {
    rateId
    rateVersion
    discountId
    rate {
      scheme
      program
      percent
      flatAmount
      regulation
      version
      toConfirm
    }
    discount {
      percent
      regulation
    }
  }
  submissions {
    id
    status
    submittedAt
    submittedBy
    reviewedAt
    reviewedBy
    reason
    total
    events {
      kind
      at
      by
      reason
    }
  }
}
fragment BudgetPlanLineFields on BudgetPlanLine {
  activityCode
  accountCode
  accountName
  group
  payer
  people
  months
  monthlyPremium
  total
  note
}`, {"hash":"sha256:e43fbab9ccc5fac02058d2182a2fa8e0a2bf22ddbc11fff6e67f980a606a1772"}) as unknown as TypedDocumentString<RegencyBudgetPlanQuery, RegencyBudgetPlanQueryVariables>;
export const ComputeBudgetPlanDocument = new TypedDocumentString(`
    mutation ComputeBudgetPlan($input: ComputeBudgetPlanInput!) {
  computeBudgetPlan(input: $input) {
    budgetPlan {
      id
    }
    errors {
      code
      field
      message
      values {
        name
        value
      }
    }
  }
}
    `, {"hash":"sha256:6679319d4ef60931c8b2e94a681d8650c929e1af855139ec35e25acf5448666a"}) as unknown as TypedDocumentString<ComputeBudgetPlanMutation, ComputeBudgetPlanMutationVariables>;
export const AdjustBudgetPlanDocument = new TypedDocumentString(`
    mutation AdjustBudgetPlan($input: AdjustBudgetPlanInput!) {
  adjustBudgetPlan(input: $input) {
    budgetPlan {
      id
    }
    errors {
      code
      field
      message
      values {
        name
        value
      }
    }
  }
}
    `, {"hash":"sha256:f9a26181f0e50f203efb4613bdf19e64d4374e590e282e4e734dbe384762f59e"}) as unknown as TypedDocumentString<AdjustBudgetPlanMutation, AdjustBudgetPlanMutationVariables>;
export const SubmitBudgetPlanDocument = new TypedDocumentString(`
    mutation SubmitBudgetPlan($input: SubmitBudgetPlanInput!) {
  submitBudgetPlan(input: $input) {
    submission {
      id
    }
    errors {
      code
      field
      message
      values {
        name
        value
      }
    }
  }
}
    `, {"hash":"sha256:3af79c2459da3d7388aeace1c49f2831dec709bf9af9c489d028da0ca23c6437"}) as unknown as TypedDocumentString<SubmitBudgetPlanMutation, SubmitBudgetPlanMutationVariables>;
export const WithdrawBudgetPlanDocument = new TypedDocumentString(`
    mutation WithdrawBudgetPlan($input: WithdrawBudgetPlanInput!) {
  withdrawBudgetPlan(input: $input) {
    submission {
      id
    }
    errors {
      code
      field
      message
      values {
        name
        value
      }
    }
  }
}
    `, {"hash":"sha256:b400c637e792eb8f67c66a1d701753da2652baa581059a73a212f83f86a72139"}) as unknown as TypedDocumentString<WithdrawBudgetPlanMutation, WithdrawBudgetPlanMutationVariables>;
export const ApproveBudgetPlanDocument = new TypedDocumentString(`
    mutation ApproveBudgetPlan($input: ApproveBudgetPlanInput!) {
  approveBudgetPlan(input: $input) {
    submission {
      id
    }
    errors {
      code
      field
      message
      values {
        name
        value
      }
    }
  }
}
    `, {"hash":"sha256:651318fbc9b1afc074d2d16bc851238cb9c22e0f379d6c845acf63ba2e7d0769"}) as unknown as TypedDocumentString<ApproveBudgetPlanMutation, ApproveBudgetPlanMutationVariables>;
export const ReturnBudgetPlanDocument = new TypedDocumentString(`
    mutation ReturnBudgetPlan($input: ReturnBudgetPlanInput!) {
  returnBudgetPlan(input: $input) {
    submission {
      id
    }
    errors {
      code
      field
      message
      values {
        name
        value
      }
    }
  }
}
    `, {"hash":"sha256:ce2b1e48b0b4229700014fffe07a0080885dc34c012afe69450549743cc36066"}) as unknown as TypedDocumentString<ReturnBudgetPlanMutation, ReturnBudgetPlanMutationVariables>;
export const ComputeRegencyBudgetPlanDocument = new TypedDocumentString(`
    mutation ComputeRegencyBudgetPlan($input: ComputeRegencyBudgetPlanInput!) {
  computeRegencyBudgetPlan(input: $input) {
    budgetPlan {
      id
    }
    errors {
      code
      field
      message
      values {
        name
        value
      }
    }
  }
}
    `, {"hash":"sha256:168de414e38956cfad755e186a857a2f368b2b36bdcc3a3c283f75f3e4aacd8d"}) as unknown as TypedDocumentString<ComputeRegencyBudgetPlanMutation, ComputeRegencyBudgetPlanMutationVariables>;
export const AdjustRegencyBudgetPlanDocument = new TypedDocumentString(`
    mutation AdjustRegencyBudgetPlan($input: AdjustBudgetPlanInput!) {
  adjustRegencyBudgetPlan(input: $input) {
    budgetPlan {
      id
    }
    errors {
      code
      field
      message
      values {
        name
        value
      }
    }
  }
}
    `, {"hash":"sha256:88e000a03c30311750b0f338fa10741a138620871f3fe8338a08a4799fce585f"}) as unknown as TypedDocumentString<AdjustRegencyBudgetPlanMutation, AdjustRegencyBudgetPlanMutationVariables>;
export const SubmitRegencyBudgetPlanDocument = new TypedDocumentString(`
    mutation SubmitRegencyBudgetPlan($input: SubmitBudgetPlanInput!) {
  submitRegencyBudgetPlan(input: $input) {
    submission {
      id
    }
    errors {
      code
      field
      message
      values {
        name
        value
      }
    }
  }
}
    `, {"hash":"sha256:a966817ba1a225da21bade7d456e6f079a54aa66ba0b95d08782aaaef224c21e"}) as unknown as TypedDocumentString<SubmitRegencyBudgetPlanMutation, SubmitRegencyBudgetPlanMutationVariables>;
export const WithdrawRegencyBudgetPlanDocument = new TypedDocumentString(`
    mutation WithdrawRegencyBudgetPlan($input: WithdrawBudgetPlanInput!) {
  withdrawRegencyBudgetPlan(input: $input) {
    submission {
      id
    }
    errors {
      code
      field
      message
      values {
        name
        value
      }
    }
  }
}
    `, {"hash":"sha256:ec84a0fef025f9f8111cc8581f5d1a596daf25866a7db52ec036818651a9ae22"}) as unknown as TypedDocumentString<WithdrawRegencyBudgetPlanMutation, WithdrawRegencyBudgetPlanMutationVariables>;
export const ApproveRegencyBudgetPlanDocument = new TypedDocumentString(`
    mutation ApproveRegencyBudgetPlan($input: ApproveBudgetPlanInput!) {
  approveRegencyBudgetPlan(input: $input) {
    submission {
      id
    }
    errors {
      code
      field
      message
      values {
        name
        value
      }
    }
  }
}
    `, {"hash":"sha256:33228ec1285415c047f069d05ea161b5206a0f36177665ac62b3a9025a25521c"}) as unknown as TypedDocumentString<ApproveRegencyBudgetPlanMutation, ApproveRegencyBudgetPlanMutationVariables>;
export const ReturnRegencyBudgetPlanDocument = new TypedDocumentString(`
    mutation ReturnRegencyBudgetPlan($input: ReturnBudgetPlanInput!) {
  returnRegencyBudgetPlan(input: $input) {
    submission {
      id
    }
    errors {
      code
      field
      message
      values {
        name
        value
      }
    }
  }
}
    `, {"hash":"sha256:612826cc7937b3f4ce507c831dcbdb3ae2c679b0b36611c5cae286d0bd04e06a"}) as unknown as TypedDocumentString<ReturnRegencyBudgetPlanMutation, ReturnRegencyBudgetPlanMutationVariables>;
export const WaitingBudgetPlansDocument = new TypedDocumentString(`
    query WaitingBudgetPlans($regionCode: String!, $level: BudgetPlanLevel!) {
  budgetPlans(
    regionCode: $regionCode
    level: $level
    status: SUBMITTED
    first: 50
  ) {
    totalCount
    nodes {
      id
      regionCode
      regionName
      year
      revision
      total
      submissions {
        submittedAt
        submittedBy
      }
    }
  }
}
    `, {"hash":"sha256:3719df6a44782e5f3819693b33b228ab8118e84da74d65d316393b544f856e72"}) as unknown as TypedDocumentString<WaitingBudgetPlansQuery, WaitingBudgetPlansQueryVariables>;
export const RegencyChoiceDocument = new TypedDocumentString(`
    query RegencyChoice($code: String!) {
  region(code: $code) {
    code
    name
    children(first: 200) {
      nodes {
        code
        name
      }
    }
  }
}
    `, {"hash":"sha256:ab19d4f4bbe2959a3cb472a4bab1e73aa56cd1a09f903837061cb636e2e87b83"}) as unknown as TypedDocumentString<RegencyChoiceQuery, RegencyChoiceQueryVariables>;
export const FundingPolicyDocument = new TypedDocumentString(`
    query FundingPolicy($regionCode: String!, $year: Int!) {
  fundingPolicy(regionCode: $regionCode, year: $year) {
    id
    regionCode
    regionName
    year
    regulationNumber
    regulationDate
    bpdAccountCode
    bpuDiscountForVillageBudget
    note
    version
    groups {
      group
      scheme
      programs
      wageRule
      wageAmount
      positionWages {
        positionCode
        amount
      }
      shares {
        program
        payer
        percent
      }
      wageBases {
        positionCode
        positionName
        amount
      }
    }
  }
  fundingPolicies(regionCode: $regionCode) {
    regionCode
    year
  }
  positions {
    code
    name
    segment
    isVillageHead
  }
}
    `, {"hash":"sha256:44d4dc6931e3b2b0c3db5489fa129f97408db212bd3f8e4b9460919362edcc58"}) as unknown as TypedDocumentString<FundingPolicyQuery, FundingPolicyQueryVariables>;
export const SetFundingPolicyDocument = new TypedDocumentString(`
    mutation SetFundingPolicy($input: SetFundingPolicyInput!) {
  setFundingPolicy(input: $input) {
    fundingPolicy {
      regionCode
      year
      version
    }
    errors {
      code
      field
      message
      values {
        name
        value
      }
    }
  }
}
    `, {"hash":"sha256:b764acac0050995d6470e11bf67471e84e6675620b691aacfda32bf29ca7083e"}) as unknown as TypedDocumentString<SetFundingPolicyMutation, SetFundingPolicyMutationVariables>;
export const CopyFundingPolicyDocument = new TypedDocumentString(`
    mutation CopyFundingPolicy($input: CopyFundingPolicyInput!) {
  copyFundingPolicy(input: $input) {
    fundingPolicy {
      regionCode
      year
      version
    }
    errors {
      code
      field
      message
      values {
        name
        value
      }
    }
  }
}
    `, {"hash":"sha256:5b37fc531e11965f1757737865bad4d2b0dcb8c193cef885e7f39444bcc9bf19"}) as unknown as TypedDocumentString<CopyFundingPolicyMutation, CopyFundingPolicyMutationVariables>;
export const RateTableDocument = new TypedDocumentString(`
    query RateTable {
  premiumRates {
    id
    scheme
    program
    percent
    flatAmount
    minimumAmount
    wageCap
    effectiveFrom
    effectiveUntil
    regulation
    note
    toConfirm
    version
    figuresLocked
  }
  premiumRateDiscounts {
    id
    scheme
    program
    percent
    effectiveFrom
    effectiveUntil
    regulation
    note
    version
  }
}
    `, {"hash":"sha256:886633859bb104d2c1b4b9e9a32c8fa38913206ab7d914aa2f6ae59b7638f2fd"}) as unknown as TypedDocumentString<RateTableQuery, RateTableQueryVariables>;
export const AddPremiumRateDocument = new TypedDocumentString(`
    mutation AddPremiumRate($input: AddPremiumRateInput!) {
  addPremiumRate(input: $input) {
    ...PremiumRateSaved
  }
}
    fragment PremiumRateSaved on PremiumRatePayload {
  premiumRate {
    id
  }
  errors {
    code
    field
    message
    values {
      name
      value
    }
  }
}`, {"hash":"sha256:5fe4ba55a055cbf4f2d1f0cae153d9135e566a63c488a473cd4dee1d0b5fc74c"}) as unknown as TypedDocumentString<AddPremiumRateMutation, AddPremiumRateMutationVariables>;
export const CorrectPremiumRateDocument = new TypedDocumentString(`
    mutation CorrectPremiumRate($input: CorrectPremiumRateInput!) {
  correctPremiumRate(input: $input) {
    ...PremiumRateSaved
  }
}
    fragment PremiumRateSaved on PremiumRatePayload {
  premiumRate {
    id
  }
  errors {
    code
    field
    message
    values {
      name
      value
    }
  }
}`, {"hash":"sha256:0030868db5bac2c2cbcac4810906a4005e806fe6e0e683c3345c0c9b455b1ae2"}) as unknown as TypedDocumentString<CorrectPremiumRateMutation, CorrectPremiumRateMutationVariables>;
export const EndPremiumRateDocument = new TypedDocumentString(`
    mutation EndPremiumRate($input: EndPremiumRateInput!) {
  endPremiumRate(input: $input) {
    ...PremiumRateSaved
  }
}
    fragment PremiumRateSaved on PremiumRatePayload {
  premiumRate {
    id
  }
  errors {
    code
    field
    message
    values {
      name
      value
    }
  }
}`, {"hash":"sha256:0b18aa68305173547d6f4e018f214f35d429439dc6c1bebf191419212ea3fb71"}) as unknown as TypedDocumentString<EndPremiumRateMutation, EndPremiumRateMutationVariables>;
export const AddPremiumRateDiscountDocument = new TypedDocumentString(`
    mutation AddPremiumRateDiscount($input: AddPremiumRateDiscountInput!) {
  addPremiumRateDiscount(input: $input) {
    ...PremiumRateDiscountSaved
  }
}
    fragment PremiumRateDiscountSaved on PremiumRateDiscountPayload {
  premiumRateDiscount {
    id
  }
  errors {
    code
    field
    message
    values {
      name
      value
    }
  }
}`, {"hash":"sha256:e8d26f04b372fea2033326e47a3add57225c398a807605ade9077cbc592faec9"}) as unknown as TypedDocumentString<AddPremiumRateDiscountMutation, AddPremiumRateDiscountMutationVariables>;
export const EndPremiumRateDiscountDocument = new TypedDocumentString(`
    mutation EndPremiumRateDiscount($input: EndPremiumRateDiscountInput!) {
  endPremiumRateDiscount(input: $input) {
    ...PremiumRateDiscountSaved
  }
}
    fragment PremiumRateDiscountSaved on PremiumRateDiscountPayload {
  premiumRateDiscount {
    id
  }
  errors {
    code
    field
    message
    values {
      name
      value
    }
  }
}`, {"hash":"sha256:ab3257196c06fb862c79ffe92727eb27a960e987ebcf71f4c9cdfef7d6e10ff6"}) as unknown as TypedDocumentString<EndPremiumRateDiscountMutation, EndPremiumRateDiscountMutationVariables>;
export const RegionSearchDocument = new TypedDocumentString(`
    query RegionSearch($where: RegionFilterInput, $first: Int!, $after: String, $includeRetired: Boolean) {
  regions(
    where: $where
    first: $first
    after: $after
    order: [{code: ASC}]
    includeRetired: $includeRetired
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...RegionRow
      ancestors {
        code
        name
      }
    }
  }
}
    fragment RegionRow on Region {
  code
  name
  level
  kind
  retiredOn
}`, {"hash":"sha256:f01ffc868b18285398c0add70cf44ada3cdeb5800e9a8f2db4dd85c80a223488"}) as unknown as TypedDocumentString<RegionSearchQuery, RegionSearchQueryVariables>;
export const RegionChildrenDocument = new TypedDocumentString(`
    query RegionChildren($code: String!, $first: Int!, $after: String, $includeRetired: Boolean) {
  region(code: $code) {
    code
    children(
      first: $first
      after: $after
      order: [{code: ASC}]
      includeRetired: $includeRetired
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...RegionRow
      }
    }
  }
}
    fragment RegionRow on Region {
  code
  name
  level
  kind
  retiredOn
}`, {"hash":"sha256:d2f4f12bf192ee71116ed3425c2cffb903ca092bc8950e24c2a55eb600b237ac"}) as unknown as TypedDocumentString<RegionChildrenQuery, RegionChildrenQueryVariables>;
export const RegionDetailDocument = new TypedDocumentString(`
    query RegionDetail($code: String!) {
  region(code: $code) {
    ...RegionRow
    parentCode
    ancestors {
      code
      name
    }
    counts {
      level
      kind
      count
    }
    history {
      kind
      oldValue
      newValue
      changedAt
      changedBy
      source
    }
  }
}
    fragment RegionRow on Region {
  code
  name
  level
  kind
  retiredOn
}`, {"hash":"sha256:c93dd90b7eaeca6abd3cfd069ebfb89a6e6dde1b759acb5d0768bb0bc8741201"}) as unknown as TypedDocumentString<RegionDetailQuery, RegionDetailQueryVariables>;
export const ImportRegionsDocument = new TypedDocumentString(`
    mutation ImportRegions($input: ImportRegionsInput!, $changes: Int!) {
  importRegions(input: $input) {
    report {
      rows
      unchanged
      added
      renamed
      reclassified
      retired
      restored
      applied
      refused
      changes(first: $changes) {
        code
        name
        kind
        oldValue
        newValue
      }
      problemCount
      problemKinds {
        code
        count
        first {
          line
          column
          code
          message
          messageEn
        }
      }
      problems(first: 2000) {
        line
        column
        code
        message
        messageEn
      }
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  values {
    name
    value
  }
}`, {"hash":"sha256:5b072c3a41dc23be2a2f1ed8dbaa1337c7d3f43ce9b27f011806a2790fbd194b"}) as unknown as TypedDocumentString<ImportRegionsMutation, ImportRegionsMutationVariables>;
export const RosterDocument = new TypedDocumentString(`
    query Roster($villageCode: String!) {
  region(code: $villageCode) {
    code
    name
    kind
    level
  }
  rosterSummary(villageCode: $villageCode) {
    official {
      ...RosterFigures
    }
    current {
      ...RosterFigures
    }
  }
  positions {
    code
  }
  people(
    where: {villageCode: {eq: $villageCode}}
    first: 200
    order: [{fullName: ASC}]
  ) {
    totalCount
    nodes {
      id
      entryId
      fullName
      nik
      position {
        code
        name
        segment
      }
      termStart
      termEnd
      appointment
      status
      covered
      reviewComment
      warnings {
        code
        message
        date
        villages
        note
      }
      payablePremium {
        amount
      }
      arrears {
        atRisk
        consecutiveUnpaid
      }
      enrollment {
        kpj
        programs
        status
      }
    }
  }
  submissions(
    where: {villageCode: {eq: $villageCode}}
    first: 1
    order: [{submittedAt: DESC}]
  ) {
    nodes {
      id
      status
      submittedAt
      reviewedAt
      reason
    }
  }
  timeline(
    where: {villageCode: {eq: $villageCode}}
    order: [{at: DESC}]
    first: 20
  ) {
    totalCount
    nodes {
      submissionId
      kind
      at
      by
      reason
      changes
    }
  }
}
    fragment RosterFigures on RosterFigures {
  inOffice
  covered
  termEnded
  monthlyPremium
}`, {"hash":"sha256:be4e1685e5cca6bfd900ae29dadb6590efe07c26d5f6aa4f11b5ed3b2d33399e"}) as unknown as TypedDocumentString<RosterQuery, RosterQueryVariables>;
export const AddPersonDocument = new TypedDocumentString(`
    mutation AddPerson($input: AddPersonInput!) {
  addPerson(input: $input) {
    person {
      id
      fullName
      status
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  values {
    name
    value
  }
}`, {"hash":"sha256:b1e385b27587935123721a1b9a93ebf1408aa590344ca5d2283f7bbb3ee4c346"}) as unknown as TypedDocumentString<AddPersonMutation, AddPersonMutationVariables>;
export const SubmitRosterDocument = new TypedDocumentString(`
    mutation SubmitRoster($input: SubmitRosterInput!) {
  submitRoster(input: $input) {
    submission {
      id
      status
      submittedAt
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  values {
    name
    value
  }
}`, {"hash":"sha256:d9d429360bf550dd1ba8eba6c9957834506d0e73a4d13e6fadeb9225197e406e"}) as unknown as TypedDocumentString<SubmitRosterMutation, SubmitRosterMutationVariables>;
export const VillageSearchDocument = new TypedDocumentString(`
    query VillageSearch($where: RegionFilterInput!) {
  regions(where: $where, first: 20, order: [{name: ASC}]) {
    totalCount
    nodes {
      code
      name
      kind
    }
  }
}
    `, {"hash":"sha256:4a5673ffe76b322481e04aac766fd91c80653b59443dc7100c16285f32b1de4b"}) as unknown as TypedDocumentString<VillageSearchQuery, VillageSearchQueryVariables>;
export const PersonFormDocument = new TypedDocumentString(`
    query PersonForm($villageCode: String!) {
  region(code: $villageCode) {
    code
    name
  }
  positions {
    code
    name
    segment
    defaultWageBase
  }
  submissions(
    where: {villageCode: {eq: $villageCode}}
    first: 1
    order: [{submittedAt: DESC}]
  ) {
    nodes {
      id
      status
    }
  }
}
    `, {"hash":"sha256:f578e44ebe797c78c314a4b8c8c6a5feb01a38912d6e090f3a18cfd9af2f773f"}) as unknown as TypedDocumentString<PersonFormQuery, PersonFormQueryVariables>;
export const PersonDocument = new TypedDocumentString(`
    query Person($id: ID!, $withPositions: Boolean! = false) {
  positions @include(if: $withPositions) {
    code
    name
    segment
    defaultWageBase
  }
  person(id: $id) {
    id
    entryId
    villageCode
    village {
      code
      name
    }
    fullName
    nik
    sex
    birthDate
    phone
    position {
      code
      name
      segment
      defaultWageBase
    }
    termStart
    termEnd
    skNumber
    skDate
    appointment
    nikNote
    status
    approvedAt
    reviewComment
    submissionId
    covered
    payablePremium {
      amount
    }
    enrollment {
      kpj
      scheme
      programs
      wageBase
      startDate
      status
    }
    warnings {
      code
      message
      date
      villages
      note
    }
    nikConflicts {
      villageCode
      villageName
      positionCode
    }
    history {
      id
      status
      approvedAt
      fullName
      position {
        code
        name
      }
      termStart
      termEnd
      appointment
      reviewComment
      enrollment {
        status
        programs
      }
    }
  }
}
    `, {"hash":"sha256:04fa9a81c46634aec5946257b91f0387a0eb1311debe3ec1b2974e21d99785fe"}) as unknown as TypedDocumentString<PersonQuery, PersonQueryVariables>;
export const PersonVillageDocument = new TypedDocumentString(`
    query PersonVillage($villageCode: String!) {
  submissions(
    where: {villageCode: {eq: $villageCode}}
    first: 1
    order: [{submittedAt: DESC}]
  ) {
    nodes {
      id
      status
    }
  }
}
    `, {"hash":"sha256:e5cefdc768d5532a39e540e487e6fa6febd094f93c390e86124f301220deff6d"}) as unknown as TypedDocumentString<PersonVillageQuery, PersonVillageQueryVariables>;
export const UpdatePersonDocument = new TypedDocumentString(`
    mutation UpdatePerson($input: UpdatePersonInput!) {
  updatePerson(input: $input) {
    person {
      id
      fullName
      status
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  values {
    name
    value
  }
}`, {"hash":"sha256:91a7a6f1b7a57f811c5cc52cb266d2d361032588c35481e27c94979441a2daff"}) as unknown as TypedDocumentString<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const EndTermDocument = new TypedDocumentString(`
    mutation EndTerm($input: EndTermInput!) {
  endTerm(input: $input) {
    person {
      id
      status
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  values {
    name
    value
  }
}`, {"hash":"sha256:b7a74cec5865190e847d3398f2abee23e772ebe6663f4dc3dcfe5944b0129138"}) as unknown as TypedDocumentString<EndTermMutation, EndTermMutationVariables>;
export const DiscardChangeDocument = new TypedDocumentString(`
    mutation DiscardChange($input: DiscardChangeInput!) {
  discardChange(input: $input) {
    person {
      id
      status
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  values {
    name
    value
  }
}`, {"hash":"sha256:a22d15a8b87a763251391933fc123f42a9b200b471c74d1fbabf412c64244b04"}) as unknown as TypedDocumentString<DiscardChangeMutation, DiscardChangeMutationVariables>;
export const ImportRosterDocument = new TypedDocumentString(`
    mutation ImportRoster($input: ImportRosterInput!) {
  importRoster(input: $input) {
    report {
      rows
      added
      changed
      ended
      unchanged
      applied
      refused
      problemCount
      problems(first: 200) {
        ...RosterImportProblemFields
      }
      warningCount
      warnings(first: 200) {
        ...RosterImportWarningFields
      }
      changes(first: 200) {
        ...RosterImportRowFields
      }
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment RosterImportRowFields on RosterImportRow {
  line
  villageCode
  kind
  fullName
  positionCode
  fields {
    field
    before
    after
  }
}
fragment RosterImportWarningFields on RosterImportWarning {
  line
  villageCode
  code
  fullName
  nik
  positionCode
  losses {
    field
    before
    after
  }
}
fragment RosterImportProblemFields on RosterImportProblem {
  line
  column
  code
  message
  villageCode
  values {
    name
    value
  }
}
fragment UserErrorFields on UserError {
  code
  message
  field
  values {
    name
    value
  }
}`, {"hash":"sha256:a12e2f44706b07c12d8b779ba4004835f1d97f8b7da82afa4b6e621e0886449f"}) as unknown as TypedDocumentString<ImportRosterMutation, ImportRosterMutationVariables>;
export const RosterImportPositionsDocument = new TypedDocumentString(`
    query RosterImportPositions {
  positions {
    code
    name
    segment
    maxPerVillage
  }
}
    `, {"hash":"sha256:ef875eacc452585face500e1436650678bb11cac525f2fb9e45b4836743f3525"}) as unknown as TypedDocumentString<RosterImportPositionsQuery, RosterImportPositionsQueryVariables>;
export const ImportRegionRosterDocument = new TypedDocumentString(`
    mutation ImportRegionRoster($input: ImportRegionRosterInput!) {
  importRegionRoster(input: $input) {
    report {
      villageCount
      added
      changed
      ended
      unchanged
      applied
      refused
      submissions
      problemCount
      warningCount
      villages {
        villageCode
        villageName
        added
        changed
        ended
        unchanged
        problemCount
        warningCount
      }
      problems(first: 300) {
        ...RosterImportProblemFields
      }
      warnings(first: 100) {
        ...RosterImportWarningFields
      }
      changes(first: 200) {
        ...RosterImportRowFields
      }
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment RosterImportRowFields on RosterImportRow {
  line
  villageCode
  kind
  fullName
  positionCode
  fields {
    field
    before
    after
  }
}
fragment RosterImportWarningFields on RosterImportWarning {
  line
  villageCode
  code
  fullName
  nik
  positionCode
  losses {
    field
    before
    after
  }
}
fragment RosterImportProblemFields on RosterImportProblem {
  line
  column
  code
  message
  villageCode
  values {
    name
    value
  }
}
fragment UserErrorFields on UserError {
  code
  message
  field
  values {
    name
    value
  }
}`, {"hash":"sha256:e66408e959f04ada17f615cca5d8bdf5e8f02e69c6a54e52ebc382d75d9ef67f"}) as unknown as TypedDocumentString<ImportRegionRosterMutation, ImportRegionRosterMutationVariables>;
export const RegionImportVillageRowsDocument = new TypedDocumentString(`
    mutation RegionImportVillageRows($input: ImportRegionRosterInput!, $village: String!) {
  importRegionRoster(input: $input) {
    report {
      problems(first: 300, village: $village) {
        ...RosterImportProblemFields
      }
      warnings(first: 200, village: $village) {
        ...RosterImportWarningFields
      }
      changes(first: 300, village: $village) {
        ...RosterImportRowFields
      }
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment RosterImportRowFields on RosterImportRow {
  line
  villageCode
  kind
  fullName
  positionCode
  fields {
    field
    before
    after
  }
}
fragment RosterImportWarningFields on RosterImportWarning {
  line
  villageCode
  code
  fullName
  nik
  positionCode
  losses {
    field
    before
    after
  }
}
fragment RosterImportProblemFields on RosterImportProblem {
  line
  column
  code
  message
  villageCode
  values {
    name
    value
  }
}
fragment UserErrorFields on UserError {
  code
  message
  field
  values {
    name
    value
  }
}`, {"hash":"sha256:068fc6db8897debb3167f487f8c5e950181632c0fd25658fe526457f94bf97c7"}) as unknown as TypedDocumentString<RegionImportVillageRowsMutation, RegionImportVillageRowsMutationVariables>;
export const SubmissionsDocument = new TypedDocumentString(`
    query Submissions($first: Int, $after: String, $where: SubmissionFilterInput, $order: [SubmissionSortInput!]) {
  submissions(first: $first, after: $after, where: $where, order: $order) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      villageCode
      village {
        name
      }
      status
      submittedAt
      submittedBy
      waitingDays
      reviewedAt
      reviewedBy
      reason
      peopleCount
      addedCount
      changedCount
      endedCount
      needsCloserLook
      warningCount
      importedBy
      importedFrom
    }
  }
}
    `, {"hash":"sha256:c29a1495ff7b5ea3c6ee8abfe52c96cd287609b87d4c4d548cb86446cf50d56b"}) as unknown as TypedDocumentString<SubmissionsQuery, SubmissionsQueryVariables>;
export const SubmissionAreasDocument = new TypedDocumentString(`
    query SubmissionAreas($code: String!) {
  region(code: $code) {
    code
    name
    level
    children(first: 200) {
      nodes {
        code
        name
      }
    }
  }
}
    `, {"hash":"sha256:6e345360c529e8a73b16c0f64a59dff54e882e9a938d4c9ec4c8d6ad0690339e"}) as unknown as TypedDocumentString<SubmissionAreasQuery, SubmissionAreasQueryVariables>;
export const SubmissionReviewDocument = new TypedDocumentString(`
    query SubmissionReview($id: ID!, $first: Int, $offset: Int) {
  submission(id: $id) {
    id
    villageCode
    village {
      name
    }
    status
    submittedAt
    submittedBy
    importedBy
    importedFrom
    waitingDays
    reviewedAt
    reviewedBy
    reason
    peopleCount
    addedCount
    changedCount
    endedCount
    events {
      kind
      at
      by
      reason
      changes
    }
    comments {
      entryId
      fullName
      comment
    }
    changes(first: $first, offset: $offset) {
      ...ReviewChange
    }
  }
  positions {
    code
    name
  }
}
    fragment ReviewChange on RosterChange {
  kind
  person {
    id
    fullName
    nik
    position {
      code
      name
    }
    reviewComment
    warnings {
      code
      message
      date
      villages
      note
    }
    nikConflicts {
      villageCode
      villageName
      positionCode
    }
  }
  before {
    position {
      name
    }
  }
  fields {
    field
    before
    after
  }
}`, {"hash":"sha256:a101da3a6e253fc6c3199b51a9065637eab23356706881a0307950244f8aa6e7"}) as unknown as TypedDocumentString<SubmissionReviewQuery, SubmissionReviewQueryVariables>;
export const SubmissionChangesPageDocument = new TypedDocumentString(`
    query SubmissionChangesPage($id: ID!, $first: Int, $offset: Int) {
  submission(id: $id) {
    id
    changes(first: $first, offset: $offset) {
      ...ReviewChange
    }
  }
}
    fragment ReviewChange on RosterChange {
  kind
  person {
    id
    fullName
    nik
    position {
      code
      name
    }
    reviewComment
    warnings {
      code
      message
      date
      villages
      note
    }
    nikConflicts {
      villageCode
      villageName
      positionCode
    }
  }
  before {
    position {
      name
    }
  }
  fields {
    field
    before
    after
  }
}`, {"hash":"sha256:5bcf09e30166665a5d45bd0da5eb0272bbcf70504b75785d11e58220b0ac4f6f"}) as unknown as TypedDocumentString<SubmissionChangesPageQuery, SubmissionChangesPageQueryVariables>;
export const VillageTimelineDocument = new TypedDocumentString(`
    query VillageTimeline($villageCode: String!) {
  timeline(
    first: 100
    where: {villageCode: {eq: $villageCode}}
    order: [{at: ASC}]
  ) {
    totalCount
    nodes {
      submissionId
      kind
      at
      by
      reason
      changes
    }
  }
}
    `, {"hash":"sha256:2a052d3f67eb3705ef3bc8afb13c21736aee03d80b5f109bfac0f4e1506a287a"}) as unknown as TypedDocumentString<VillageTimelineQuery, VillageTimelineQueryVariables>;
export const ApproveSubmissionDocument = new TypedDocumentString(`
    mutation ApproveSubmission($input: ApproveSubmissionInput!) {
  approveSubmission(input: $input) {
    submission {
      id
      status
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  values {
    name
    value
  }
}`, {"hash":"sha256:25c0c1d001b3525908aad033d807de9cd47ec791d43056d2738a846bbe7bcfa4"}) as unknown as TypedDocumentString<ApproveSubmissionMutation, ApproveSubmissionMutationVariables>;
export const ReturnSubmissionDocument = new TypedDocumentString(`
    mutation ReturnSubmission($input: ReturnSubmissionInput!) {
  returnSubmission(input: $input) {
    submission {
      id
      status
      reason
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  values {
    name
    value
  }
}`, {"hash":"sha256:188ba7a55284e6bb7141bc4ddc3227c56e5531d169d1959167f35e6a76f4fe48"}) as unknown as TypedDocumentString<ReturnSubmissionMutation, ReturnSubmissionMutationVariables>;
export const ReopenSubmissionDocument = new TypedDocumentString(`
    mutation ReopenSubmission($input: ReopenSubmissionInput!) {
  reopenSubmission(input: $input) {
    submission {
      id
      status
      reason
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  values {
    name
    value
  }
}`, {"hash":"sha256:4caee8abca32ddd41efa1f35f4a4ba9a72f6cd8beab2d1e81bdf7e41553bf5a8"}) as unknown as TypedDocumentString<ReopenSubmissionMutation, ReopenSubmissionMutationVariables>;
export const ApproveSubmissionsDocument = new TypedDocumentString(`
    mutation ApproveSubmissions($input: ApproveSubmissionsInput!) {
  approveSubmissions(input: $input) {
    summary {
      approvedCount
      approved
      left {
        submissionId
        villageCode
        reason
      }
    }
    errors {
      code
      message
      field
    }
  }
}
    `, {"hash":"sha256:5d0c615ac376290631993ae73c846ee66ac06f2577fe1e1f0d045d9fdfcde97d"}) as unknown as TypedDocumentString<ApproveSubmissionsMutation, ApproveSubmissionsMutationVariables>;
export const TargetSheetDocument = new TypedDocumentString(`
    query TargetSheet($regionCode: String!) {
  targets(regionCode: $regionCode) {
    regionCode
    rows {
      regionCode
      regionName
      year
      indicator {
        code
      }
      target {
        percent
        setFor
        inherited
      }
    }
  }
  indicators {
    code
    nameId
    nameEn
    formulaId
    formulaEn
  }
  region(code: $regionCode) {
    code
    name
    children(first: 200) {
      nodes {
        code
        name
      }
    }
  }
}
    `, {"hash":"sha256:98807f0b57801721130155bb65930bfeecdc639706bc10cc73873c9e4dc6076b"}) as unknown as TypedDocumentString<TargetSheetQuery, TargetSheetQueryVariables>;
export const SetTargetDocument = new TypedDocumentString(`
    mutation SetTarget($input: SetTargetInput!) {
  setTarget(input: $input) {
    target {
      indicator
      regionCode
      year
      percent
    }
    errors {
      code
      field
      message
      values {
        name
        value
      }
    }
  }
}
    `, {"hash":"sha256:4388a5c7afca5bcb0de2d1160c511789af6ac3fdb967fb2245369577f05cafbb"}) as unknown as TypedDocumentString<SetTargetMutation, SetTargetMutationVariables>;
export const UcjInputsDocument = new TypedDocumentString(`
    query UcjInputs($regionCode: String!, $first: Int, $after: String) {
  ucjInputs(regionCode: $regionCode, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...UcjInputFields
    }
  }
}
    fragment UcjInputFields on UcjInput {
  id
  regionCode
  region {
    name
  }
  period
  participantsPu
  participantsBpu
  participantsJakon
  participants
  workingPopulation
  value
  source
  sourceDate
  note
  version
}`, {"hash":"sha256:de8bca3e9af34ba7974080960ce93adcce44532f9d041b845a6ae8e18deadcdd"}) as unknown as TypedDocumentString<UcjInputsQuery, UcjInputsQueryVariables>;
export const UcjRegionsDocument = new TypedDocumentString(`
    query UcjRegions($code: String!) {
  region(code: $code) {
    code
    name
    children(first: 200) {
      nodes {
        code
        name
      }
    }
  }
}
    `, {"hash":"sha256:b66641d37ebff11393f998d6169b5b69c320f0b04a93f1e1252166e6454bed92"}) as unknown as TypedDocumentString<UcjRegionsQuery, UcjRegionsQueryVariables>;
export const SetUcjInputDocument = new TypedDocumentString(`
    mutation SetUcjInput($input: SetUcjInputInput!) {
  setUcjInput(input: $input) {
    ucjInput {
      id
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  values {
    name
    value
  }
}`, {"hash":"sha256:c8d1be098a187f8abc390b7af82861fe22e9d1585a6f7133975b052bfd27d46f"}) as unknown as TypedDocumentString<SetUcjInputMutation, SetUcjInputMutationVariables>;
export const RemoveUcjInputDocument = new TypedDocumentString(`
    mutation RemoveUcjInput($input: RemoveUcjInputInput!) {
  removeUcjInput(input: $input) {
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  values {
    name
    value
  }
}`, {"hash":"sha256:569771cf9b987effaab448c9d770379bcf2977fddbf064b091cdd81dacf4bc8d"}) as unknown as TypedDocumentString<RemoveUcjInputMutation, RemoveUcjInputMutationVariables>;
export const ImportUcjInputsDocument = new TypedDocumentString(`
    mutation ImportUcjInputs($input: ImportUcjInputsInput!) {
  importUcjInputs(input: $input) {
    report {
      applied
      refused
      added
      changed
      unchanged
      rows {
        line
        regionCode
        period
        kind
      }
      problems {
        line
        column
        code
        message
        values {
          name
          value
        }
      }
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  values {
    name
    value
  }
}`, {"hash":"sha256:4054d4ac15054a1732f1b1b2e8f7142fb14613237826032fba5e32030c731068"}) as unknown as TypedDocumentString<ImportUcjInputsMutation, ImportUcjInputsMutationVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users($where: UserFilterInput, $first: Int!, $after: String) {
  users(where: $where, first: $first, after: $after, order: [{userName: ASC}]) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...UserRow
    }
  }
}
    fragment UserRow on User {
  userName
  fullName
  role
  regionCode
  region {
    code
    name
  }
  status
  mustChangePassword
  twoFactorEnabled
  lastSignInAt
}`, {"hash":"sha256:872bd3562f736cf9d33ed011a6c895284affd3418947ef261811b00dd1174ac5"}) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const UserRegionLookupDocument = new TypedDocumentString(`
    query UserRegionLookup($name: String!) {
  regions(where: {name: {contains: $name}}, first: 20, order: [{code: ASC}]) {
    nodes {
      code
      name
      level
    }
  }
}
    `, {"hash":"sha256:35f69020b057221da99aa6510fa686929142eb641e41259dc6049377b2106176"}) as unknown as TypedDocumentString<UserRegionLookupQuery, UserRegionLookupQueryVariables>;
export const UserDetailDocument = new TypedDocumentString(`
    query UserDetail($userName: String!) {
  user(userName: $userName) {
    ...UserDetailFields
  }
}
    fragment UserRow on User {
  userName
  fullName
  role
  regionCode
  region {
    code
    name
  }
  status
  mustChangePassword
  twoFactorEnabled
  lastSignInAt
}
fragment UserDetailFields on User {
  ...UserRow
  email
  phoneNumber
}`, {"hash":"sha256:cbe8061897cd60d7fa27deb13f7c976440393d06506e65bed5a3cc2ec3a7a70f"}) as unknown as TypedDocumentString<UserDetailQuery, UserDetailQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    user {
      ...UserDetailFields
    }
    initialPassword
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserRow on User {
  userName
  fullName
  role
  regionCode
  region {
    code
    name
  }
  status
  mustChangePassword
  twoFactorEnabled
  lastSignInAt
}
fragment UserDetailFields on User {
  ...UserRow
  email
  phoneNumber
}
fragment UserErrorFields on UserError {
  code
  message
  field
  values {
    name
    value
  }
}`, {"hash":"sha256:8933bbf35a9c1ea94b67a8cc131147200017dc997b7ad2785d0188d58e8ed385"}) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const DisableUserDocument = new TypedDocumentString(`
    mutation DisableUser($input: DisableUserInput!) {
  disableUser(input: $input) {
    user {
      ...UserDetailFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserRow on User {
  userName
  fullName
  role
  regionCode
  region {
    code
    name
  }
  status
  mustChangePassword
  twoFactorEnabled
  lastSignInAt
}
fragment UserDetailFields on User {
  ...UserRow
  email
  phoneNumber
}
fragment UserErrorFields on UserError {
  code
  message
  field
  values {
    name
    value
  }
}`, {"hash":"sha256:82a1bddd2efcb8cb49ac0f7d3d4f144d65f832fde1da4c995eb1ca4d1955eb4a"}) as unknown as TypedDocumentString<DisableUserMutation, DisableUserMutationVariables>;
export const EnableUserDocument = new TypedDocumentString(`
    mutation EnableUser($input: EnableUserInput!) {
  enableUser(input: $input) {
    user {
      ...UserDetailFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserRow on User {
  userName
  fullName
  role
  regionCode
  region {
    code
    name
  }
  status
  mustChangePassword
  twoFactorEnabled
  lastSignInAt
}
fragment UserDetailFields on User {
  ...UserRow
  email
  phoneNumber
}
fragment UserErrorFields on UserError {
  code
  message
  field
  values {
    name
    value
  }
}`, {"hash":"sha256:2a0200a69d8d5e6c10cdfacc345b51a94ae5eb0e60752cf2d504c55bbdbeb911"}) as unknown as TypedDocumentString<EnableUserMutation, EnableUserMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    user {
      ...UserDetailFields
    }
    initialPassword
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserRow on User {
  userName
  fullName
  role
  regionCode
  region {
    code
    name
  }
  status
  mustChangePassword
  twoFactorEnabled
  lastSignInAt
}
fragment UserDetailFields on User {
  ...UserRow
  email
  phoneNumber
}
fragment UserErrorFields on UserError {
  code
  message
  field
  values {
    name
    value
  }
}`, {"hash":"sha256:3a6ce34087524bc600d8d9fb1fbbc4f71b8e43c5f612da83e90d58152adec1da"}) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const ChangeUserAccessDocument = new TypedDocumentString(`
    mutation ChangeUserAccess($input: ChangeUserAccessInput!) {
  changeUserAccess(input: $input) {
    user {
      ...UserDetailFields
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserRow on User {
  userName
  fullName
  role
  regionCode
  region {
    code
    name
  }
  status
  mustChangePassword
  twoFactorEnabled
  lastSignInAt
}
fragment UserDetailFields on User {
  ...UserRow
  email
  phoneNumber
}
fragment UserErrorFields on UserError {
  code
  message
  field
  values {
    name
    value
  }
}`, {"hash":"sha256:b948ab8bf03d6ebff0616c0d4ebc7c6d735aec913704e8240ec243be56568ef4"}) as unknown as TypedDocumentString<ChangeUserAccessMutation, ChangeUserAccessMutationVariables>;
export const ImportOperatorsDocument = new TypedDocumentString(`
    mutation ImportOperators($input: ImportOperatorsInput!) {
  importOperators(input: $input) {
    report {
      applied
      refused
      created
      rows {
        line
        userName
        fullName
        villageCode
        initialPassword
      }
      problems {
        line
        column
        code
        message
        values {
          name
          value
        }
      }
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  values {
    name
    value
  }
}`, {"hash":"sha256:bad226aa32cc57977a70df5e004db262c542ce97a8eebbfd49e056240fd0d38e"}) as unknown as TypedDocumentString<ImportOperatorsMutation, ImportOperatorsMutationVariables>;
export const DelegableRegionsDocument = new TypedDocumentString(`
    query DelegableRegions($where: RegionFilterInput!) {
  regions(where: $where, first: 10, order: [{name: ASC}]) {
    totalCount
    nodes {
      code
      name
      level
      kind
      ancestors {
        code
        name
      }
    }
  }
}
    `, {"hash":"sha256:9a3e30c9dc915b8aeccb7d52c621902faca41420609416118e3792ec1dbc5119"}) as unknown as TypedDocumentString<DelegableRegionsQuery, DelegableRegionsQueryVariables>;
export const WithdrawSubmissionDocument = new TypedDocumentString(`
    mutation WithdrawSubmission($input: WithdrawSubmissionInput!) {
  withdrawSubmission(input: $input) {
    submission {
      id
      status
    }
    errors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  code
  message
  field
  values {
    name
    value
  }
}`, {"hash":"sha256:05ee0c2bb604e702d3e7aa863dc83c3696e8c06e4a329d71f45867c6c7690632"}) as unknown as TypedDocumentString<WithdrawSubmissionMutation, WithdrawSubmissionMutationVariables>;