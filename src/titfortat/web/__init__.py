"""The read-only web UI and JSON API over an event database: `titfortat serve` (FastAPI + Jinja2).

    from titfortat.web.app import create_app
    app = create_app("titfortat-demo.db")      # then: uvicorn.run(app, host="127.0.0.1", port=8000)
"""
