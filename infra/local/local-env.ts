/**
 * Quiet defaults for Powertools when handlers run in-process: warnings and errors only, no
 * metric lines on stdout, no X-Ray. Imported first by every embedded entry point; an explicit
 * environment variable still wins.
 */
process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
process.env.POWERTOOLS_TRACE_ENABLED ??= 'false';
process.env.POWERTOOLS_SERVICE_NAME ??= 'siklus';
