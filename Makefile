# The two commands of README.md. Each does its own set-up first (deploy/bootstrap.sh).
.PHONY: run test screenshots

run:           ## the kiosk, fullscreen, on the built-in demo catalog
	deploy/run-kiosk.sh $(ARGS)

test:          ## set-up, ruff, mypy and every test
	deploy/run-tests.sh $(ARGS)

screenshots:   ## the main screens as PNG files in screenshots/
	deploy/bootstrap.sh && .venv/bin/python main.py --screenshot screenshots
