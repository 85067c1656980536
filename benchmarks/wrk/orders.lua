-- wrk script: one-night orders of the BENCH room type (a million rooms, never sells out) on random dates
-- within the booking horizon, with the card the Java load generator uses. Counts the answers by status
-- and prints them when wrk is done (one line: "statuses 201=… 409=…").
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() + (tonumber(tostring({}):match("0x(%x+)"), 16) or 0) % 100000)
  statuses = {}
end

local today = os.time()

request = function()
  local check_in = today + 86400 * (1 + math.random(0, 359))
  local body = string.format(
    '{"guestName":"Bench Guest","phone":"010-1234-5678","roomType":"BENCH","checkIn":"%s","checkOut":"%s",'
      .. '"guestCount":2,"card":{"number":"4242424242424242","expiry":"12/30","cvc":"123"}}',
    os.date("!%Y-%m-%d", check_in), os.date("!%Y-%m-%d", check_in + 86400))
  return wrk.format("POST", "/api/orders", { ["Content-Type"] = "application/json" }, body)
end

response = function(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

done = function(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    local counts = thread:get("statuses")
    for status, n in pairs(counts) do
      total[status] = (total[status] or 0) + n
    end
  end
  local line = "statuses"
  for status, n in pairs(total) do
    line = line .. string.format(" %d=%d", status, n)
  end
  io.write(line .. "\n")
  io.write(string.format("latency_ms p50=%.2f p90=%.2f p99=%.2f max=%.2f\n", latency:percentile(50) / 1000,
    latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
