/** The messages between the pane and its engine worker (engine.worker.ts, engine-client.ts). */
import type { DiagnoseOptions, NdrSource } from '../../ndr';
import type { TransferredDiagnosis } from './transfer';

export interface EngineRequest {
  id: number;
  source: NdrSource;
  /** Plain data (the user's address, own domains), so it crosses postMessage as it is. */
  options?: DiagnoseOptions;
}

export type EngineReply = { id: number; diagnosis: TransferredDiagnosis } | { id: number; error: string };
