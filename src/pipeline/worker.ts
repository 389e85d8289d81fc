/** A worker thread of the extraction pool: runs one article's extraction per task. */
import { runExtractTask, type ExtractTask, type TaskResult } from './task.ts';

export default function extractInWorker(task: ExtractTask): TaskResult {
  return runExtractTask(task);
}
