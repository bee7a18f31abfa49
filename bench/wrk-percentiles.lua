-- wrk script: prints the latency percentiles (p50, p95, p99) in milliseconds, the request rate and
-- the number of answers that were not 2xx, one "key value" per line after wrk's own report.
done = function(summary, latency, requests)
  io.write("------------------------------\n")
  io.write(string.format("requests %d\n", summary.requests))
  io.write(string.format("duration_s %.2f\n", summary.duration / 1e6))
  io.write(string.format("requests_per_s %.1f\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("non_2xx_or_3xx %d\n", summary.errors.status))
  io.write(string.format("socket_errors %d\n", summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  for _, p in ipairs({50, 90, 95, 99}) do
    io.write(string.format("p%d_ms %.1f\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("max_ms %.1f\n", latency.max / 1000))
end
