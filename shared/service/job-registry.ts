import type { JobStatus } from '../ipc/contract'

/** Long tasks the renderer follows by polling; kept in memory, since a job does not outlive the app. */
export function createJobRegistry(newId: () => string) {
  const jobs = new Map<string, JobStatus>()
  return {
    start(kind: JobStatus['kind'], total: number): JobStatus {
      const job: JobStatus = { jobId: newId(), kind, state: 'running', done: 0, total, savedAs: null, message: null }
      jobs.set(job.jobId, job)
      return job
    },
    update(jobId: string, patch: Partial<Omit<JobStatus, 'jobId' | 'kind'>>): void {
      const job = jobs.get(jobId)
      if (job) jobs.set(jobId, { ...job, ...patch })
    },
    get(jobId: string): JobStatus | undefined {
      return jobs.get(jobId)
    }
  }
}
