"""The kiosk's Qt front end: screens, item models, delegates and widgets over the kiosk core."""
