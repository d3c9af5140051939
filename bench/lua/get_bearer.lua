-- GET with `Authorization: Bearer $TOKEN` (userinfo with a PAT or a JWT).
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
