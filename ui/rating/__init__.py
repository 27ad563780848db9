"""The Rating screen: run a year, enter manual scores, review and decide in the meeting,
finalise, analyse, edit the scheme and the sales policy by grade."""
