"""The Qt face of the program: windows, pages and widgets. No business rules live here; every score, plan,
validation and save goes through merchant_assistant."""
