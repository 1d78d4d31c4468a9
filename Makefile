# The two commands of README.md. Each does its own set-up first (deploy/bootstrap.sh).
.PHONY: run test screenshots reliability

run:           ## the kiosk, fullscreen, on the built-in demo catalog
	deploy/run-kiosk.sh $(ARGS)

test:          ## set-up, ruff, mypy and every test
	deploy/run-tests.sh $(ARGS)

screenshots:   ## every screen in each language as PNG files in screenshots/ (the slip needs CUPS)
	deploy/bootstrap.sh && (deploy/start-cups.sh || true) && .venv/bin/python main.py --screenshot screenshots

reliability:   ## the reliability tests (fault injection, hostile bundles, soak, fuzzing) at full counts
	COOPLAB_FULL_COUNTS=1 deploy/run-tests.sh -m reliability $(ARGS)
