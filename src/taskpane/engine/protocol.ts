/** The messages between the pane and its engine worker (engine.worker.ts, engine-client.ts). */
import type { NdrSource } from '../../ndr/types';
import type { TransferredDiagnosis } from './transfer';

export interface EngineRequest {
  id: number;
  source: NdrSource;
}

export type EngineReply = { id: number; diagnosis: TransferredDiagnosis } | { id: number; error: string };
