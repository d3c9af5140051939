-- The same Connect call on every request: POST PATH with BODY (JSON), bearer PAT.
-- Env: PATH_, BODY, PAT. Counts answers that are not 200 as errors (wrk's "Non-2xx").
function init(args)
    path, body, pat = os.getenv("PATH_"), os.getenv("BODY"), os.getenv("PAT")
end

function request()
    return wrk.format("POST", path, {
        ["Authorization"] = "Bearer " .. pat,
        ["Content-Type"] = "application/json",
        ["Connect-Protocol-Version"] = "1",
    }, body)
end
